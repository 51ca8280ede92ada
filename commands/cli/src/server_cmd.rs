//! `nats server` (`srv`): natscli's server administration over the system account.
//!
//! - `ping [EXPECT]`: `$SYS.REQ.SERVER.PING`, one line per answering server with its delay,
//!   then natscli's statistics block; it stops early once the expected count (or the first
//!   answer's `active_servers`) has answered.
//! - `request <kind> [WAIT]`: `$SYS.REQ.SERVER.PING.<KIND>` with natscli's option bodies; each
//!   server's answer is printed as one line of JSON, as natscli does.
//! - `check connection|server|jetstream`: Nagios-style checks (jsm.go's `monitor` package) with its
//!   output (`OK Connection OK:... | connect_time=...`) and exit codes 0/1/2/3; `--format json`
//!   and `text` render the same result differently.
//! - `passwd`: a bcrypt hash for a server configuration.
//! - `info [SERVER]`: one server's VARZ as natscli's columns report.
//! - `list [EXPECT]`: every server's STATSZ as natscli's "Server Overview" table.
//! - `report connections`: every server's CONNZ merged into natscli's "Top N Connections".
//!
//! Everything goes through `rnats_proto::client`, as it would against any nats-server. The
//! other natscli subcommands (the other reports, `watch`, `check stream|consumer|...`)
//! are refused with a one-line error naming them.

use std::io::Write as _;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::{Args, Subcommand};
use rnats_proto::kit::format::duration_string;
use serde_json::{json, Value};

use crate::kit::connect::{self, collect, Session};
use crate::kit::duration;
use crate::kit::output::with_footer;
use crate::options::GlobalOpts;

/// NATS Server and Cluster Management
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "`rnats server` with flags or no arguments starts the server; `rnats server \
                  ping|request|check|passwd|...` runs these commands (as `nats server ...`)."
)]
pub struct ServerArgs {
    /// The server command.
    #[command(subcommand)]
    pub command: ServerCommand,
}

/// natscli's `server` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ServerCommand {
    /// Ping all servers
    Ping(PingArgs),

    /// Request monitoring data from a specific server
    #[command(visible_alias = "req")]
    Request(RequestArgs),

    /// Health check for NATS servers
    Check(CheckArgs),

    /// Creates encrypted passwords for use in NATS Server
    #[command(visible_aliases = ["mkpasswd", "pass", "password"])]
    Passwd(PasswdArgs),

    /// Show information about a single server
    #[command(visible_alias = "i")]
    Info(InfoArgs),

    /// List known servers
    #[command(visible_alias = "ls")]
    List(ListArgs),

    /// Report on various server metrics
    #[command(visible_alias = "rep")]
    Report(ReportArgs),

    /// Show graphs for a single server
    Graph(crate::graph::ServerGraphArgs),
}

/// Arguments of a subcommand this build refuses.
#[derive(Debug, Clone, Args)]
pub struct Rest {
    /// Anything natscli accepts here.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// `server info`.
#[derive(Debug, Clone, Args)]
pub struct InfoArgs {
    /// Server ID or Name to inspect
    #[arg(value_name = "SERVER")]
    pub id: Option<String>,
}

/// `server report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Produce JSON output
    #[arg(short = 'j', long, global = true)]
    pub json: bool,
    /// Reverse sort connections
    #[arg(short = 'R', long, global = true)]
    pub reverse: bool,
    /// The report.
    #[command(subcommand)]
    pub report: ReportKind,
}

/// The reports.
#[derive(Debug, Clone, Subcommand)]
pub enum ReportKind {
    /// Report on connections
    #[command(visible_aliases = ["conn", "connz", "conns"])]
    Connections(ConnReportArgs),
    /// Report on account activity
    #[command(visible_alias = "acct")]
    Accounts(AcctReportArgs),
    /// Report on JetStream activity
    #[command(visible_aliases = ["jsz", "js"])]
    Jetstream(JsReportArgs),
    /// Other natscli reports (cpu, mem, leafnodes, ...), not in this build yet
    #[command(external_subcommand)]
    Other(Vec<String>),
}

/// `server report jetstream`.
#[derive(Debug, Clone, Args)]
pub struct JsReportArgs {
    /// Limit the responses to a certain amount of servers
    pub limit: Option<u32>,
    /// Produce the report for a specific account
    #[arg(long)]
    pub account: Option<String>,
    /// Sort by a specific property (name,cluster,streams,consumers,msgs,mbytes,mem,file,api,err
    #[arg(long, default_value = "cluster", value_parser = [
        "name", "cluster", "streams", "consumers", "msgs", "mbytes", "bytes", "mem", "file",
        "store", "api", "err"])]
    pub sort: String,
    /// Compact server names
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub compact: bool,
    /// Show details about cluster leaders (not supported by rnats yet)
    #[arg(short = 'l', long)]
    pub leaders: bool,
}

/// `server report accounts`.
#[derive(Debug, Clone, Args)]
pub struct AcctReportArgs {
    /// Account to produce a report for
    pub account: Option<String>,
    /// Limit the responses to a certain amount of servers
    pub limit: Option<u32>,
    /// Sort by a specific property (in-bytes,out-bytes,in-msgs,out-msgs,conns,subs)
    #[arg(long, default_value = "subs", value_parser = [
        "in-bytes", "out-bytes", "in-msgs", "out-msgs", "conns", "subs"])]
    pub sort: String,
    /// Limit results to the top results
    #[arg(long, default_value_t = 1000)]
    pub top: usize,
}

/// `server report connections`.
#[derive(Debug, Clone, Args)]
pub struct ConnReportArgs {
    /// Limit the responses to a certain amount of servers
    pub limit: Option<u32>,
    /// Limit report to a specific account
    #[arg(long)]
    pub account: Option<String>,
    /// Sort by a specific property (in-bytes,out-bytes,in-msgs,out-msgs,uptime,cid,subs)
    #[arg(long, default_value = "subs", value_parser = [
        "in-bytes", "out-bytes", "in-msgs", "out-msgs", "uptime", "cid", "subs"])]
    pub sort: String,
    /// Limit results to the top results
    #[arg(long, default_value_t = 1000)]
    pub top: usize,
    /// Limits responses only to those connections for a specific authentication username
    #[arg(long)]
    pub username: Option<String>,
    /// Limits responses only to those connections that are in a specific state (open, closed,
    /// all)
    #[arg(long, default_value = "open", value_parser = ["open", "closed", "all"])]
    pub state: String,
    /// Limits responses only to those connections with matching subscription interest (not in
    /// this build yet)
    #[arg(long)]
    pub subject: Option<String>,
    /// Filter results based on a closed reason (not in this build yet)
    #[arg(long = "closed-reason", value_name = "REASON")]
    pub closed_reason: Option<String>,
    /// Expression based filter for connections (not in this build yet)
    #[arg(long)]
    pub filter: Option<String>,
    /// `account report connections`: take whatever servers answer instead of first asking
    /// `$SYS.REQ.SERVER.PING` how many there are (natscli `skipDiscoverClusterSize`).
    #[arg(skip)]
    pub skip_discover: bool,
}

/// `server list`.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// How many servers to expect
    pub expect: Option<u32>,
    /// Produce JSON output
    #[arg(short = 'j', long)]
    pub json: bool,
    /// Sort servers by a specific key (name,cluster,conns,subs,routes,gws,mem,cpu,slow,uptime,rtt
    #[arg(long, default_value = "rtt", value_parser = [
        "name", "cluster", "conns", "conn", "subs", "sub", "routes", "route", "gw", "gws", "mem",
        "cpu", "slow", "uptime", "rtt"])]
    pub sort: String,
    /// Reverse sort servers
    #[arg(short = 'R', long)]
    pub reverse: bool,
    /// Compact server names
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub compact: bool,
}

/// `server ping`.
#[derive(Debug, Clone, Args)]
pub struct PingArgs {
    /// How many servers to expect
    pub expect: Option<u32>,

    /// Produce a response distribution graph
    #[arg(long)]
    pub graph: bool,

    /// Include the Server ID in the output
    #[arg(long)]
    pub id: bool,
}

/// `server request`.
#[derive(Debug, Clone, Args)]
pub struct RequestArgs {
    /// Limit the responses to a certain amount of records
    #[arg(long, default_value_t = 2048, global = true)]
    pub limit: i64,

    /// Start at a certain record
    #[arg(long, default_value_t = 0, global = true)]
    pub offset: i64,

    /// Limit to servers matching a server name
    #[arg(long, global = true)]
    pub name: Option<String>,

    /// Limit to servers matching a server host name
    #[arg(long, global = true)]
    pub host: Option<String>,

    /// Limit to servers matching a cluster name
    #[arg(long, global = true)]
    pub cluster: Option<String>,

    /// Limit to servers with these configured tags
    #[arg(long, global = true)]
    pub tags: Vec<String>,

    /// What to request.
    #[command(subcommand)]
    pub kind: RequestKind,
}

/// The monitoring data `server request` asks for.
#[derive(Debug, Clone, Subcommand)]
pub enum RequestKind {
    /// Show runtime variables
    #[command(visible_aliases = ["var", "varz"])]
    Variables(WaitArg),

    /// Show connection details
    #[command(visible_aliases = ["conn", "connz"])]
    Connections(ConnzArgs),

    /// Show subscription information
    #[command(visible_aliases = ["sub", "subsz"])]
    Subscriptions(SubszArgs),

    /// Show JetStream details
    #[command(visible_aliases = ["jsz", "js"])]
    Jetstream(JszArgs),

    /// Show account details
    #[command(visible_aliases = ["accountz", "acct"])]
    Accounts(AccountzArgs),

    /// Request JetStream health status
    #[command(name = "jetstream-health", visible_alias = "healthz")]
    JetstreamHealth(HealthzArgs),

    /// Show route details
    #[command(visible_aliases = ["route", "routez"])]
    Routes(SubsDetailArgs),

    /// Show gateway details
    #[command(visible_aliases = ["gateway", "gwy", "gatewayz"])]
    Gateways(GatewayzArgs),

    /// Show leafnode details
    #[command(visible_aliases = ["leaf", "leafz"])]
    Leafnodes(SubsDetailArgs),

    /// Show IP Queue details
    #[command(visible_aliases = ["ipq", "ipqueuesz"])]
    Ipqueue(IpqueueArgs),

    /// Show RAFT state details
    #[command(visible_alias = "raftz")]
    Raft(RaftzArgs),
}

/// `server request routes` and `leafnodes`.
#[derive(Debug, Clone, Args)]
pub struct SubsDetailArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Show subscription detail
    #[arg(long)]
    pub subscriptions: bool,
}

/// `server request gateways`.
#[derive(Debug, Clone, Args)]
pub struct GatewayzArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Filter results on gateway name
    #[arg(value_name = "NAME")]
    pub filter_name: Option<String>,
    /// Show only a certain account in account detail
    #[arg(long = "filter-account", value_name = "ACCOUNT")]
    pub filter_account: Option<String>,
    /// Show account detail
    #[arg(long)]
    pub accounts: bool,
    /// Show subscription details
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub subscriptions: bool,
}

/// `server request ipqueue`.
#[derive(Debug, Clone, Args)]
pub struct IpqueueArgs {
    /// Shows all available information
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub all: bool,
    /// Filter results for specific queues
    #[arg(long)]
    pub filter: Option<String>,
}

/// `server request raft`.
#[derive(Debug, Clone, Args)]
pub struct RaftzArgs {
    /// Filters on an specific account
    #[arg(long)]
    pub account: Option<String>,
    /// Filters on a specific group
    #[arg(long)]
    pub group: Option<String>,
}

/// The optional count of servers to wait for.
#[derive(Debug, Clone, Args)]
pub struct WaitArg {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
}

/// `server request connections`.
#[derive(Debug, Clone, Args)]
pub struct ConnzArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Sort by a specific property
    #[arg(long, default_value = "cid", value_parser = [
        "cid", "start", "subs", "pending", "msgs_to", "msgs_from", "bytes_to", "bytes_from",
        "last", "idle", "uptime", "stop", "reason", "rtt"])]
    pub sort: String,
    /// Show subscriptions
    #[arg(long)]
    pub subscriptions: bool,
    /// Filter on a specific CID
    #[arg(long = "filter-cid", value_name = "CID")]
    pub filter_cid: Option<u64>,
    /// Filter on a specific account state (open, closed, all)
    #[arg(long = "filter-state", default_value = "open", value_parser = ["open", "closed", "all"])]
    pub filter_state: String,
    /// Filter on a specific username
    #[arg(long = "filter-user", value_name = "USER")]
    pub filter_user: Option<String>,
    /// Filter on a specific account
    #[arg(long = "filter-account", value_name = "ACCOUNT")]
    pub filter_account: Option<String>,
    /// Only shows responses that have connections
    #[arg(long = "filter-empty")]
    pub filter_empty: bool,
}

/// `server request subscriptions`.
#[derive(Debug, Clone, Args)]
pub struct SubszArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Include detail about all subscriptions
    #[arg(long)]
    pub detail: bool,
    /// Filter on a specific account
    #[arg(long = "filter-account", value_name = "ACCOUNT")]
    pub filter_account: Option<String>,
    /// Filter based on subscriptions matching this subject
    #[arg(long = "filter-subject", value_name = "SUBJECT")]
    pub filter_subject: Option<String>,
}

/// `server request jetstream`.
#[derive(Debug, Clone, Args)]
pub struct JszArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Show statistics scoped to a specific account
    #[arg(long)]
    pub account: Option<String>,
    /// Include details about accounts
    #[arg(long)]
    pub accounts: bool,
    /// Include details about Streams
    #[arg(long)]
    pub streams: bool,
    /// Include details about Consumers
    #[arg(long)]
    pub consumer: bool,
    /// Include details about configuration
    #[arg(long)]
    pub config: bool,
    /// Request a response from the Meta-group leader only
    #[arg(long)]
    pub leader: bool,
    /// Include accounts, streams, consumers and configuration
    #[arg(long)]
    pub all: bool,
}

/// `server request accounts`.
#[derive(Debug, Clone, Args)]
pub struct AccountzArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Retrieve information for a specific account
    #[arg(long)]
    pub account: Option<String>,
}

/// `server request jetstream-health`.
#[derive(Debug, Clone, Args)]
pub struct HealthzArgs {
    /// Wait for a certain number of responses
    pub wait: Option<u32>,
    /// Checks that JetStream should be enabled on all servers
    #[arg(long = "js-enabled", short = 'J')]
    pub js_enabled: bool,
    /// Restricts the health check to the JetStream server only, do not check streams and
    /// consumers
    #[arg(long = "server-only", short = 'S')]
    pub server_only: bool,
    /// Check only a specific Account
    #[arg(long)]
    pub account: Option<String>,
    /// Check only a specific Stream
    #[arg(long)]
    pub stream: Option<String>,
    /// Check only a specific Consumer
    #[arg(long)]
    pub consumer: Option<String>,
    /// Include extended details about all failures
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub details: bool,
}

/// `server check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Render the check in a specific format (nagios, json, text)
    #[arg(long, default_value = "nagios", value_parser = ["nagios", "json", "text"], global = true)]
    pub format: String,

    /// Save output to a file rather than STDOUT
    #[arg(long, global = true)]
    pub outfile: Option<std::path::PathBuf>,

    /// The check.
    #[command(subcommand)]
    pub check: CheckKind,
}

/// The checks.
#[derive(Debug, Clone, Subcommand)]
pub enum CheckKind {
    /// Checks basic server connection
    #[command(visible_alias = "conn")]
    Connection(ConnCheckArgs),

    /// Checks a NATS Server health
    Server(ServerCheckArgs),

    /// Check JetStream account state
    #[command(visible_alias = "js")]
    Jetstream(JsCheckArgs),

    /// Checks the health of mirrored streams, streams with sources or clustered streams
    Stream(StreamCheckArgs),

    /// Checks the health of a consumer
    Consumer(ConsumerCheckArgs),

    /// Checks properties of a message stored in a stream
    Message(MsgCheckArgs),

    /// Checks a NATS KV Bucket
    Kv(KvCheckArgs),

    /// Checks the validity of a NATS credential file
    Credential(CredCheckArgs),
}

/// `server check stream`. A threshold applies only when given; the stream's
/// `io.nats.monitor.*` metadata overrides the flags, as jsm.go does.
#[derive(Debug, Clone, Args)]
pub struct StreamCheckArgs {
    /// The streams to check
    #[arg(long, required = true)]
    pub stream: String,
    /// Critical threshold to allow for lag on any source or mirror
    #[arg(long = "lag-critical", value_name = "MSGS")]
    pub lag_critical: Option<u64>,
    /// Critical threshold for how long ago the source or mirror should have been seen
    #[arg(long = "seen-critical", value_name = "DURATION", value_parser = duration::parse)]
    pub seen_critical: Option<Duration>,
    /// Minimum number of sources to expect
    #[arg(long = "min-sources", value_name = "SOURCES")]
    pub min_sources: Option<i64>,
    /// Maximum number of sources to expect
    #[arg(long = "max-sources", value_name = "SOURCES")]
    pub max_sources: Option<i64>,
    /// Number of cluster replicas to expect
    #[arg(long = "peer-expect", value_name = "SERVERS")]
    pub peer_expect: Option<i64>,
    /// Critical threshold to allow for cluster peer lag
    #[arg(long = "peer-lag-critical", value_name = "OPS")]
    pub peer_lag_critical: Option<u64>,
    /// Critical threshold for how long ago a cluster peer should have been seen
    #[arg(long = "peer-seen-critical", value_name = "DURATION", value_parser = duration::parse)]
    pub peer_seen_critical: Option<Duration>,
    /// Warn if there are fewer than this many messages in the stream
    #[arg(long = "msgs-warn", value_name = "MSGS")]
    pub msgs_warn: Option<u64>,
    /// Critical if there are fewer than this many messages in the stream
    #[arg(long = "msgs-critical", value_name = "MSGS")]
    pub msgs_critical: Option<u64>,
    /// Critical threshold for subjects in the stream
    #[arg(long = "subjects-warn", value_name = "SUBJECTS")]
    pub subjects_warn: Option<i64>,
    /// Warning threshold for subjects in the stream
    #[arg(long = "subjects-critical", value_name = "SUBJECTS")]
    pub subjects_critical: Option<i64>,
}

/// `server check consumer`. A threshold applies only when given.
#[derive(Debug, Clone, Args)]
pub struct ConsumerCheckArgs {
    /// The streams to check
    #[arg(long, required = true)]
    pub stream: String,
    /// The consumer to check
    #[arg(long, required = true)]
    pub consumer: String,
    /// Maximum number of outstanding acks to allow
    #[arg(long = "outstanding-ack-critical", allow_negative_numbers = true)]
    pub outstanding_ack_critical: Option<i64>,
    /// Maximum number of waiting pulls to allow
    #[arg(long = "waiting-critical", allow_negative_numbers = true)]
    pub waiting_critical: Option<i64>,
    /// Maximum number of unprocessed messages to allow
    #[arg(long = "unprocessed-critical", allow_negative_numbers = true)]
    pub unprocessed_critical: Option<i64>,
    /// Time to allow since the last delivery
    #[arg(long = "last-delivery-critical", value_parser = duration::parse)]
    pub last_delivery_critical: Option<Duration>,
    /// Time to allow since the last ack
    #[arg(long = "last-ack-critical", value_parser = duration::parse)]
    pub last_ack_critical: Option<Duration>,
    /// Maximum number of redeliveries to allow
    #[arg(long = "redelivery-critical", allow_negative_numbers = true)]
    pub redelivery_critical: Option<i64>,
    /// Requires Pinned Client priority with all groups having a pinned client (not supported
    /// by rnats yet)
    #[arg(long)]
    pub pinned: bool,
}

/// `server check message`.
#[derive(Debug, Clone, Args)]
pub struct MsgCheckArgs {
    /// The streams to check
    #[arg(long, required = true)]
    pub stream: String,
    /// The subject to fetch a message from
    #[arg(long, default_value = ">")]
    pub subject: String,
    /// Warning threshold for message age as a duration
    #[arg(long = "age-warn", value_name = "DURATION", value_parser = duration::parse)]
    pub age_warn: Option<Duration>,
    /// Critical threshold for message age as a duration
    #[arg(long = "age-critical", value_name = "DURATION", value_parser = duration::parse)]
    pub age_critical: Option<Duration>,
    /// Regular expression to check the content against
    #[arg(long, default_value = ".")]
    pub content: String,
    /// Use message body as a unix timestamp instead of message metadata
    #[arg(long = "body-timestamp")]
    pub body_timestamp: bool,
}

/// `server check kv`.
#[derive(Debug, Clone, Args)]
pub struct KvCheckArgs {
    /// Checks a specific bucket
    #[arg(long, required = true)]
    pub bucket: String,
    /// Critical threshold for number of values in the bucket
    #[arg(long = "values-critical", default_value_t = -1, allow_negative_numbers = true)]
    pub values_critical: i64,
    /// Warning threshold for number of values in the bucket
    #[arg(long = "values-warn", default_value_t = -1, allow_negative_numbers = true)]
    pub values_warn: i64,
    /// Requires a key to have any non-delete value set
    #[arg(long)]
    pub key: Option<String>,
}

/// `server check credential`.
#[derive(Debug, Clone, Args)]
pub struct CredCheckArgs {
    /// The file holding the NATS credential
    #[arg(long, required = true)]
    pub credential: std::path::PathBuf,
    /// Warning threshold for time before expiry
    #[arg(long = "validity-warn", value_parser = duration::parse)]
    pub validity_warn: Option<Duration>,
    /// Critical threshold for time before expiry
    #[arg(long = "validity-critical", value_parser = duration::parse)]
    pub validity_critical: Option<Duration>,
    /// Requires the credential to have expiry set
    #[arg(long = "require-expiry", default_value_t = true, action = clap::ArgAction::Set)]
    pub require_expiry: bool,
}

/// `server check jetstream` thresholds (percent of the account limits; -1 disables).
#[derive(Debug, Clone, Args)]
pub struct JsCheckArgs {
    /// Warning threshold for memory storage, in percent of limit
    #[arg(long = "mem-warn", default_value_t = 75, allow_negative_numbers = true)]
    pub mem_warn: i64,
    /// Critical threshold for memory storage, in percent of limit
    #[arg(
        long = "mem-critical",
        default_value_t = 90,
        allow_negative_numbers = true
    )]
    pub mem_critical: i64,
    /// Warning threshold for disk storage, in percent of limit
    #[arg(
        long = "store-warn",
        default_value_t = 75,
        allow_negative_numbers = true
    )]
    pub store_warn: i64,
    /// Critical threshold for disk storage, in percent of limit
    #[arg(
        long = "store-critical",
        default_value_t = 90,
        allow_negative_numbers = true
    )]
    pub store_critical: i64,
    /// Warning threshold for number of streams used, in percent of limit
    #[arg(long = "streams-warn", default_value_t = -1, allow_negative_numbers = true)]
    pub streams_warn: i64,
    /// Critical threshold for number of streams used, in percent of limit
    #[arg(long = "streams-critical", default_value_t = -1, allow_negative_numbers = true)]
    pub streams_critical: i64,
    /// Warning threshold for number of consumers used, in percent of limit
    #[arg(long = "consumers-warn", default_value_t = -1, allow_negative_numbers = true)]
    pub consumers_warn: i64,
    /// Critical threshold for number of consumers used, in percent of limit
    #[arg(long = "consumers-critical", default_value_t = -1, allow_negative_numbers = true)]
    pub consumers_critical: i64,
    /// Checks if all streams have healthy replicas
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub replicas: bool,
    /// Critical threshold for when a stream replica should have been seen, as a duration
    #[arg(long = "replica-seen-critical", default_value = "5s", value_parser = duration::parse)]
    pub replica_seen_critical: Duration,
    /// Critical threshold for how many operations behind a peer can be
    #[arg(long = "replica-lag-critical", default_value_t = 200)]
    pub replica_lag_critical: u64,
}

/// `server check connection` thresholds.
#[derive(Debug, Clone, Args)]
pub struct ConnCheckArgs {
    /// Warning threshold to allow for establishing connections
    #[arg(long = "connect-warn", default_value = "500ms", value_parser = duration::parse)]
    pub connect_warn: Duration,
    /// Critical threshold to allow for establishing connections
    #[arg(long = "connect-critical", default_value = "1s", value_parser = duration::parse)]
    pub connect_critical: Duration,
    /// Warning threshold to allow for server RTT
    #[arg(long = "rtt-warn", default_value = "500ms", value_parser = duration::parse)]
    pub rtt_warn: Duration,
    /// Critical threshold to allow for server RTT
    #[arg(long = "rtt-critical", default_value = "1s", value_parser = duration::parse)]
    pub rtt_critical: Duration,
    /// Warning threshold to allow for full round trip test
    #[arg(long = "req-warn", default_value = "500ms", value_parser = duration::parse)]
    pub req_warn: Duration,
    /// Critical threshold to allow for full round trip test
    #[arg(long = "req-critical", default_value = "1s", value_parser = duration::parse)]
    pub req_critical: Duration,
}

/// `server check server` thresholds.
#[derive(Debug, Clone, Args)]
pub struct ServerCheckArgs {
    /// Server name to require in the result
    #[arg(long, required = true)]
    pub name: String,
    /// Warning threshold for CPU usage, in percent
    #[arg(long = "cpu-warn", default_value_t = 0)]
    pub cpu_warn: i64,
    /// Critical threshold for CPU usage, in percent
    #[arg(long = "cpu-critical", default_value_t = 0)]
    pub cpu_critical: i64,
    /// Warning threshold for Memory usage, in bytes
    #[arg(long = "mem-warn", default_value_t = 0)]
    pub mem_warn: i64,
    /// Critical threshold Memory CPU usage, in bytes
    #[arg(long = "mem-critical", default_value_t = 0)]
    pub mem_critical: i64,
    /// Warning threshold for connections, supports inversion
    #[arg(long = "conn-warn", default_value_t = 0)]
    pub conn_warn: i64,
    /// Critical threshold for connections, supports inversion
    #[arg(long = "conn-critical", default_value_t = 0)]
    pub conn_critical: i64,
    /// Warning threshold for number of active subscriptions, supports inversion
    #[arg(long = "subs-warn", default_value_t = 0)]
    pub subs_warn: i64,
    /// Critical threshold for number of active subscriptions, supports inversion
    #[arg(long = "subs-critical", default_value_t = 0)]
    pub subs_critical: i64,
    /// Warning threshold for server uptime as duration
    #[arg(long = "uptime-warn", value_parser = duration::parse)]
    pub uptime_warn: Option<Duration>,
    /// Critical threshold for server uptime as duration
    #[arg(long = "uptime-critical", value_parser = duration::parse)]
    pub uptime_critical: Option<Duration>,
    /// Checks that authentication is enabled
    #[arg(long = "auth-required")]
    pub auth_required: bool,
    /// Checks that TLS is required
    #[arg(long = "tls-required")]
    pub tls_required: bool,
    /// Checks that JetStream is enabled
    #[arg(long = "js-required")]
    pub js_required: bool,
}

/// `server passwd`.
#[derive(Debug, Clone, Args)]
pub struct PasswdArgs {
    /// The password to encrypt (PASSWORD)
    #[arg(long, short = 'p', env = "PASSWORD")]
    pub pass: Option<String>,
    /// The cost to use in the bcrypt argument
    #[arg(long, short = 'c', default_value_t = 11)]
    pub cost: u32,
    /// Generates a secure passphrase and encrypt it
    #[arg(long, short = 'g')]
    pub generate: bool,
}

/// Runs `nats server ...`.
pub async fn run(global: GlobalOpts, args: ServerArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        ServerCommand::Ping(a) => ping(&global, a).await,
        ServerCommand::Request(a) => request(&global, a).await,
        ServerCommand::Check(a) => check(&global, a).await,
        ServerCommand::Passwd(a) => passwd(a),
        ServerCommand::Info(a) => info(&global, a).await,
        ServerCommand::List(a) => list(&global, a).await,
        ServerCommand::Report(a) => report(&global, a).await,
        ServerCommand::Graph(a) => crate::graph::server(&global, a).await,
    }
}

fn not_yet(what: &str) -> anyhow::Result<ExitCode> {
    bail!("`nats server {what}` is not supported by rnats yet")
}

async fn ping(global: &GlobalOpts, args: PingArgs) -> anyhow::Result<ExitCode> {
    let session = connect::connect(global).await?;
    let mut expect = args.expect.filter(|e| *e > 0).map(|e| e as usize);
    let mut times: Vec<f64> = Vec::new();
    let mut out = std::io::stdout().lock();
    let mut first = true;
    let seen = collect(
        &session,
        "$SYS.REQ.SERVER.PING",
        Vec::new(),
        expect,
        |v, since| {
            let name = v["server"]["name"].as_str().unwrap_or_default();
            let id = v["server"]["id"].as_str().unwrap_or_default();
            times.push(since.as_millis() as f64);
            let line = if args.id {
                format!("{id} {name:<60} rtt={}", duration_string(since))
            } else {
                format!("{name:<60} rtt={}", duration_string(since))
            };
            let _ = writeln!(out, "{line}");
            let active = v["statsz"]["active_servers"].as_u64().unwrap_or(0) as usize;
            let learned = (first && expect.is_none() && active > 0).then_some(active);
            first = false;
            if let Some(a) = learned {
                expect = Some(a);
            }
            learned
        },
    )
    .await?;
    writeln!(out)?;
    writeln!(out, "---- ping statistics ----")?;
    if times.is_empty() {
        writeln!(out, "no responses received")?;
    } else {
        let max = times.iter().copied().fold(f64::MIN, f64::max);
        let min = times.iter().copied().fold(f64::MAX, f64::min);
        let avg = times.iter().sum::<f64>() / times.len() as f64;
        writeln!(
            out,
            "{} replies max: {max:.2} min: {min:.2} avg: {avg:.2}",
            times.len()
        )?;
        if args.graph {
            writeln!(out)?;
            writeln!(out, "{}", crate::line_chart::ping_distribution(&times))?;
        }
    }
    if let Some(e) = expect {
        if e != seen && e > seen {
            writeln!(out, "\nMissing {} server(s)", e - seen)?;
        }
    }
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

async fn report(global: &GlobalOpts, args: ReportArgs) -> anyhow::Result<ExitCode> {
    match &args.report {
        ReportKind::Connections(c) => report_connections(global, &args, c).await,
        ReportKind::Accounts(a) => match &a.account {
            // natscli renders one account's connections as the connections report does.
            Some(acc) => {
                let c = ConnReportArgs {
                    limit: a.limit,
                    account: Some(acc.clone()),
                    sort: "subs".into(),
                    top: 1000,
                    username: None,
                    state: "open".into(),
                    subject: None,
                    closed_reason: None,
                    filter: None,
                    skip_discover: false,
                };
                report_connections(global, &args, &c).await
            }
            None => report_accounts(global, &args, a).await,
        },
        ReportKind::Jetstream(j) => report_jetstream(global, &args, j).await,
        ReportKind::Other(words) => not_yet(&format!(
            "report {}",
            words.first().map(String::as_str).unwrap_or_default()
        )),
    }
}

/// `server report jetstream`: every server's JSZ as natscli's "JetStream Summary" table
/// (per-account figures with `--account`), totals in the footer.
async fn report_jetstream(
    global: &GlobalOpts,
    args: &ReportArgs,
    j: &JsReportArgs,
) -> anyhow::Result<ExitCode> {
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    if j.leaders {
        bail!("`nats server report jetstream --leaders` is not supported by rnats yet");
    }
    let session = connect::connect(global).await?;
    let want = match j.limit.filter(|l| *l > 0) {
        Some(l) => Some(l as usize),
        None => active_servers(&session).await?,
    };
    let mut body = json!({"raft": true});
    if let Some(a) = &j.account {
        body = json!({"raft": true, "account": a, "streams": true, "consumer": true,
            "limit": 10000});
    }
    let mut responses: Vec<Value> = Vec::new();
    collect(
        &session,
        "$SYS.REQ.SERVER.PING.JSZ",
        serde_json::to_vec(&body)?,
        want,
        |v, _| {
            if v.get("data").is_some_and(|d| !d.is_null()) {
                responses.push(v.clone());
            }
            None
        },
    )
    .await?;
    let scheme = session.settings.color_scheme.clone();
    session.close().await;
    if responses.is_empty() {
        bail!("no results received, ensure the account used has system privileges and appropriate permissions");
    }
    let u = |v: &Value, k: &str| v[k].as_u64().unwrap_or(0);
    let name = |v: &Value| v["server"]["name"].as_str().unwrap_or_default().to_string();
    let cluster = |v: &Value| {
        v["server"]["cluster"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    responses.sort_by(|a, b| {
        let (da, db) = (&a["data"], &b["data"]);
        let o = match j.sort.as_str() {
            "name" => name(a).cmp(&name(b)),
            "streams" => u(da, "streams")
                .cmp(&u(db, "streams"))
                .then(name(a).cmp(&name(b))),
            "consumers" => u(da, "consumers")
                .cmp(&u(db, "consumers"))
                .then(name(a).cmp(&name(b))),
            "msgs" => u(da, "messages").cmp(&u(db, "messages")),
            "mbytes" | "bytes" => u(da, "bytes").cmp(&u(db, "bytes")),
            "mem" => u(da, "memory").cmp(&u(db, "memory")),
            "store" | "file" => u(da, "storage").cmp(&u(db, "storage")),
            "api" => u(&da["api"], "total").cmp(&u(&db["api"], "total")),
            _ => cluster(a).cmp(&cluster(b)).then(name(a).cmp(&name(b))),
        };
        if args.reverse {
            o.reverse()
        } else {
            o
        }
    });
    if args.json {
        println!("{}", serde_json::to_string_pretty(&responses)?);
        return Ok(ExitCode::SUCCESS);
    }
    let render_domain = responses.iter().any(|r| {
        !r["data"]["config"]["domain"]
            .as_str()
            .unwrap_or_default()
            .is_empty()
    });
    let names: Vec<String> = responses.iter().map(name).collect();
    let names = if j.compact {
        compact_strings(&names)
    } else {
        names
    };
    let mut headers = vec!["Server", "Cluster"];
    if render_domain {
        headers.push("Domain");
    }
    headers.extend([
        "Streams",
        "Consumers",
        "Messages",
        "Bytes",
        "Memory",
        "File",
        "API Req",
        "Pending",
    ]);
    let mut totals = [0u64; 7];
    let mut pending_total = 0u64;
    let mut rows = Vec::new();
    for (i, r) in responses.iter().enumerate() {
        let d = &r["data"];
        let account = j
            .account
            .as_ref()
            .and_then(|_| d["account_details"].as_array())
            .filter(|a| a.len() == 1)
            .map(|a| &a[0]);
        let stats = account.unwrap_or(d);
        let (memory, store, api) = (
            u(stats, "memory"),
            u(stats, "storage"),
            u(&stats["api"], "total"),
        );
        let (streams, consumers, messages, bytes) = match account {
            Some(acc) => {
                let list = acc["stream_detail"].as_array().cloned().unwrap_or_default();
                (
                    list.len() as u64,
                    list.iter().map(|s| u(&s["state"], "consumer_count")).sum(),
                    list.iter().map(|s| u(&s["state"], "messages")).sum(),
                    memory + store,
                )
            }
            None => (
                u(d, "streams"),
                u(d, "consumers"),
                u(d, "messages"),
                u(d, "bytes"),
            ),
        };
        let mut leader = "";
        let mut pending = 0;
        if d["meta_cluster"].is_object() {
            if d["meta_cluster"]["leader"].as_str() == Some(name(r).as_str()) {
                leader = "*";
            }
            pending = u(&d["meta_cluster"], "pending");
        }
        pending_total += pending;
        for (t, v) in totals
            .iter_mut()
            .zip([streams, consumers, messages, bytes, memory, store, api])
        {
            *t += v;
        }
        let mut row = vec![format!("{}{leader}", names[i]), cluster(r)];
        if render_domain {
            row.push(
                d["config"]["domain"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
        }
        row.extend([
            comma_i64(streams as i64),
            comma_i64(consumers as i64),
            comma_i64(messages as i64),
            ibytes(bytes),
            ibytes(memory),
            ibytes(store),
            comma_i64(api as i64),
            pending.to_string(),
        ]);
        rows.push(row);
    }
    let mut footer = vec![String::new(), String::new()];
    if render_domain {
        footer.push(String::new());
    }
    footer.extend([
        comma_i64(totals[0] as i64),
        comma_i64(totals[1] as i64),
        comma_i64(totals[2] as i64),
        ibytes(totals[3]),
        ibytes(totals[4]),
        ibytes(totals[5]),
        comma_i64(totals[6] as i64),
        pending_total.to_string(),
    ]);
    rows.push(footer);
    let title = match &j.account {
        Some(a) => format!("JetStream Summary for Account {a}"),
        None => "JetStream Summary".to_string(),
    };
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}",
        with_footer(&crate::kit::output::table(&title, &headers, &rows, &scheme))
    )?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// One row of `server report accounts`: name, totals, connections, servers.
type AccountTotals = (String, [i64; 6], Vec<Value>, Vec<Value>);

/// `server report accounts`: every server's CONNZ summed per account (connections, messages,
/// bytes, subscriptions), sorted ascending by the key (`-R` reverses) and cut to `--top`, as
/// natscli's "Accounts Overview".
async fn report_accounts(
    global: &GlobalOpts,
    args: &ReportArgs,
    a: &AcctReportArgs,
) -> anyhow::Result<ExitCode> {
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    let session = connect::connect(global).await?;
    let want = match a.limit.filter(|l| *l > 0) {
        Some(l) => Some(l as usize),
        None => active_servers(&session).await?,
    };
    let body = json!({"auth": true, "subscriptions": true, "limit": 100_000});
    let mut responses = 0usize;
    // Per account: totals (connections, in msgs, out msgs, in bytes, out bytes, subs), the
    // connections and the servers they are on.
    let mut accounts: Vec<AccountTotals> = Vec::new();
    collect(
        &session,
        "$SYS.REQ.SERVER.PING.CONNZ",
        serde_json::to_vec(&body)?,
        want,
        |v, _| {
            responses += 1;
            for conn in v["data"]["connections"].as_array().into_iter().flatten() {
                let name = conn["account"].as_str().unwrap_or_default().to_string();
                let i = match accounts.iter().position(|(n, ..)| *n == name) {
                    Some(i) => i,
                    None => {
                        accounts.push((name, [0; 6], Vec::new(), Vec::new()));
                        accounts.len() - 1
                    }
                };
                let e = &mut accounts[i];
                let n = |k: &str| conn[k].as_i64().unwrap_or(0);
                e.1[0] += 1;
                e.1[1] += n("in_msgs");
                e.1[2] += n("out_msgs");
                e.1[3] += n("in_bytes");
                e.1[4] += n("out_bytes");
                e.1[5] += conn["subscriptions_list"].as_array().map_or(0, Vec::len) as i64;
                let mut info = conn.clone();
                info["server"] = v["server"].clone();
                e.2.push(info);
                if !e.3.iter().any(|s| s["id"] == v["server"]["id"]) {
                    e.3.push(v["server"].clone());
                }
            }
            None
        },
    )
    .await?;
    let scheme = session.settings.color_scheme.clone();
    session.close().await;
    if responses == 0 {
        bail!("did not get results from any servers");
    }
    let key = match a.sort.as_str() {
        "in-bytes" => 3,
        "out-bytes" => 4,
        "in-msgs" => 1,
        "out-msgs" => 2,
        "conns" => 0,
        _ => 5,
    };
    accounts.sort_by(|x, y| {
        let o = x.1[key].cmp(&y.1[key]);
        if args.reverse {
            o.reverse()
        } else {
            o
        }
    });
    if a.top > 0 && a.top < accounts.len() {
        if args.reverse {
            accounts.truncate(a.top);
        } else {
            accounts.drain(..accounts.len() - a.top);
        }
    }
    if args.json {
        let list: Vec<Value> = accounts
            .iter()
            .map(|(name, t, conns, servers)| {
                json!({"account": name, "connections": t[0], "connection_info": conns,
                    "in_msgs": t[1], "out_msgs": t[2], "in_bytes": t[3], "out_bytes": t[4],
                    "subscriptions": t[5], "server": servers})
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = accounts
        .iter()
        .map(|(name, t, ..)| {
            vec![
                name.clone(),
                comma_i64(t[0]),
                comma_i64(t[1]),
                comma_i64(t[2]),
                ibytes(t[3].max(0) as u64),
                ibytes(t[4].max(0) as u64),
                comma_i64(t[5]),
            ]
        })
        .collect();
    let title = format!("{} Accounts Overview", accounts.len());
    let headers = [
        "Account",
        "Connections",
        "In Msgs",
        "Out Msgs",
        "In Bytes",
        "Out Bytes",
        "Subs",
    ];
    writeln!(
        std::io::stdout().lock(),
        "{}",
        crate::kit::output::table(&title, &headers, &rows, &scheme)
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `server report connections`: every server's CONNZ, merged, sorted and tabled as natscli's
/// "Top N Connections" report plus the connections per server.
pub(crate) async fn report_connections(
    global: &GlobalOpts,
    args: &ReportArgs,
    c: &ConnReportArgs,
) -> anyhow::Result<ExitCode> {
    use crate::kit::numbers::comma;
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    for (flag, set) in [
        ("--subject", c.subject.is_some()),
        ("--closed-reason", c.closed_reason.is_some()),
        ("--filter", c.filter.is_some()),
    ] {
        if set {
            bail!("`nats server report connections {flag}` is not supported by rnats yet");
        }
    }
    let session = connect::connect(global).await?;
    let want = match c.limit.filter(|l| *l > 0) {
        Some(l) => Some(l as usize),
        None if c.skip_discover => None,
        None => active_servers(&session).await?,
    };
    let state = match c.state.as_str() {
        "closed" => 1,
        "all" => 2,
        _ => 0,
    };
    let mut body = json!({"auth": true, "subscriptions": true, "state": state,
        "limit": 100_000});
    if let Some(a) = &c.account {
        body["acc"] = json!(a);
    }
    if let Some(u) = &c.username {
        body["user"] = json!(u);
    }
    let mut conns: Vec<Value> = Vec::new();
    collect(
        &session,
        "$SYS.REQ.SERVER.PING.CONNZ",
        serde_json::to_vec(&body)?,
        want,
        |v, _| {
            for conn in v["data"]["connections"].as_array().into_iter().flatten() {
                let mut conn = conn.clone();
                conn["server"] = v["server"].clone();
                conns.push(conn);
            }
            None
        },
    )
    .await?;
    let scheme = session.settings.color_scheme.clone();
    session.close().await;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&conns)?);
        return Ok(ExitCode::SUCCESS);
    }
    let n = |v: &Value, k: &str| v[k].as_i64().unwrap_or(0);
    let subs = |v: &Value| v["subscriptions_list"].as_array().map_or(0, Vec::len) as i64;
    conns.sort_by(|a, b| {
        // natscli's order: ascending by the key (uptime: latest start first), -R reverses.
        let o = match c.sort.as_str() {
            "in-bytes" => n(a, "in_bytes").cmp(&n(b, "in_bytes")),
            "out-bytes" => n(a, "out_bytes").cmp(&n(b, "out_bytes")),
            "in-msgs" => n(a, "in_msgs").cmp(&n(b, "in_msgs")),
            "out-msgs" => n(a, "out_msgs").cmp(&n(b, "out_msgs")),
            "uptime" => b["start"].as_str().cmp(&a["start"].as_str()),
            "cid" => n(a, "cid").cmp(&n(b, "cid")),
            _ => subs(a).cmp(&subs(b)),
        };
        if args.reverse {
            o.reverse()
        } else {
            o
        }
    });
    let total = conns.len();
    let limit = if c.top > 0 && c.top <= total {
        c.top
    } else {
        total
    };
    let show_reason = c.state != "open";
    let mut headers = vec![
        "CID",
        "Name",
        "Server",
        "Cluster",
        "IP",
        "Account",
        "Uptime",
        "In Msgs",
        "Out Msgs",
        "In Bytes",
        "Out Bytes",
        "Subs",
    ];
    if show_reason {
        headers.push("Reason");
    }
    let (mut im, mut om, mut ib, mut ob, mut sb) = (0i64, 0i64, 0u64, 0u64, 0i64);
    let mut servers: Vec<(String, String, usize)> = Vec::new();
    let mut rows = Vec::new();
    for (i, conn) in conns.iter().enumerate() {
        let s = |k: &str| conn[k].as_str().unwrap_or_default().to_string();
        let mut name = s("name");
        if name.is_empty() {
            name = s("mqtt_client");
        }
        if name.chars().count() > 40 {
            name = format!("{} ..", name.chars().take(40).collect::<String>());
        }
        im += n(conn, "in_msgs");
        om += n(conn, "out_msgs");
        ib += n(conn, "in_bytes").max(0) as u64;
        ob += n(conn, "out_bytes").max(0) as u64;
        sb += n(conn, "subscriptions");
        let srv = conn["server"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let cluster = conn["server"]["cluster"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        match servers.iter_mut().find(|(n, _, _)| *n == srv) {
            Some(e) => e.2 += 1,
            None => servers.push((srv.clone(), cluster.clone(), 1)),
        }
        let mut acc = s("account");
        if acc.chars().count() > 46 {
            acc = format!("{} ..", acc.chars().take(12).collect::<String>());
        }
        let kind = s("kind");
        let cid = if kind.is_empty() || kind == "Client" {
            n(conn, "cid").to_string()
        } else {
            format!("{}{}", &kind[..1], n(conn, "cid"))
        };
        if i < limit {
            let mut row = vec![
                cid,
                name,
                srv,
                cluster,
                format!("{}:{}", s("ip"), n(conn, "port")),
                acc,
                s("uptime"),
                comma_i64(n(conn, "in_msgs")),
                comma_i64(n(conn, "out_msgs")),
                ibytes(n(conn, "in_bytes").max(0) as u64),
                ibytes(n(conn, "out_bytes").max(0) as u64),
                comma_i64(subs(conn)),
            ];
            if show_reason {
                row.push(s("reason"));
            }
            rows.push(row);
        }
    }
    let title = format!(
        "Top {limit} Connections out of {} by {}",
        comma(total as u64),
        c.sort
    );
    let mut out = std::io::stdout().lock();
    if total > 1 {
        let mut footer = vec![
            String::new(),
            format!("Totals for {} connections", comma(total as u64)),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            comma_i64(im),
            comma_i64(om),
            ibytes(ib),
            ibytes(ob),
            comma_i64(sb),
        ];
        if show_reason {
            footer.push(String::new());
        }
        rows.push(footer);
        writeln!(
            out,
            "{}",
            with_footer(&crate::kit::output::table(&title, &headers, &rows, &scheme))
        )?;
    } else {
        writeln!(
            out,
            "{}",
            crate::kit::output::table(&title, &headers, &rows, &scheme)
        )?;
    }
    if !servers.is_empty() {
        servers.sort_by_key(|(_, _, n)| *n);
        let rows: Vec<Vec<String>> = servers
            .into_iter()
            .map(|(n, c, k)| vec![n, c, k.to_string()])
            .collect();
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            crate::kit::output::table(
                "Connections per server",
                &["Server", "Cluster", "Connections"],
                &rows,
                &scheme
            )
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// natscli's `CompactStrings`: drops the dot-separated suffix every name shares (never the
/// first part).
fn compact_strings(source: &[String]) -> Vec<String> {
    let parts: Vec<Vec<&str>> = source.iter().map(|s| s.split('.').collect()).collect();
    let Some(shortest) = parts.iter().map(Vec::len).min() else {
        return Vec::new();
    };
    let mut remove = String::new();
    for i in (1..shortest).rev() {
        let first = parts[0][i];
        if parts.iter().all(|p| p[i] == first) {
            remove = format!(".{first}{remove}");
        } else {
            break;
        }
    }
    source
        .iter()
        .map(|s| s.strip_suffix(remove.as_str()).unwrap_or(s).to_string())
        .collect()
}

/// `server list`: every server's STATSZ as natscli's "Server Overview" table.
async fn list(global: &GlobalOpts, args: ListArgs) -> anyhow::Result<ExitCode> {
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    let session = connect::connect(global).await?;
    let mut results: Vec<(Value, Duration)> = Vec::new();
    let expect = args.expect.filter(|e| *e > 0).map(|e| e as usize);
    collect(
        &session,
        "$SYS.REQ.SERVER.PING",
        Vec::new(),
        expect,
        |v, since| {
            results.push((v.clone(), since));
            // Like ping: the first answer tells how many servers there are.
            v["statsz"]["active_servers"]
                .as_u64()
                .map(|n| n as usize)
                .filter(|n| *n > 0 && results.len() == 1)
        },
    )
    .await?;
    let scheme = session.settings.color_scheme.clone();
    session.close().await;
    if results.is_empty() {
        bail!(
            "no results received, ensure the account used has system privileges and \
             appropriate permissions"
        );
    }
    if args.json {
        let all: Vec<&Value> = results.iter().map(|(v, _)| v).collect();
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(ExitCode::SUCCESS);
    }
    let num = |v: &Value, k: &str| v["statsz"][k].as_f64().unwrap_or(0.0);
    let len = |v: &Value, k: &str| v["statsz"][k].as_array().map_or(0, Vec::len);
    let name = |v: &Value| v["server"]["name"].as_str().unwrap_or_default().to_string();
    // natscli's orders: names and clusters ascending, rtt fastest first, counts largest first,
    // uptime longest first.
    results.sort_by(|(a, ra), (b, rb)| {
        let by = |k: &str| num(b, k).total_cmp(&num(a, k));
        let o = match args.sort.as_str() {
            "name" => name(a).cmp(&name(b)),
            "cluster" => a["server"]["cluster"]
                .as_str()
                .cmp(&b["server"]["cluster"].as_str())
                .then(name(a).cmp(&name(b))),
            "conns" | "conn" => by("connections"),
            "subs" | "sub" => by("subscriptions"),
            "routes" | "route" => len(b, "routes").cmp(&len(a, "routes")),
            "gw" | "gws" => len(b, "gateways").cmp(&len(a, "gateways")),
            "mem" => by("mem"),
            "cpu" => by("cpu"),
            "slow" => by("slow_consumers"),
            "uptime" => a["statsz"]["start"]
                .as_str()
                .cmp(&b["statsz"]["start"].as_str()),
            _ => ra.cmp(rb),
        };
        if args.reverse {
            o.reverse()
        } else {
            o
        }
    });
    let names: Vec<String> = results.iter().map(|(v, _)| name(v)).collect();
    let hosts: Vec<String> = results
        .iter()
        .map(|(v, _)| v["server"]["host"].as_str().unwrap_or_default().to_string())
        .collect();
    let (names, hosts) = if args.compact {
        (compact_strings(&names), compact_strings(&hosts))
    } else {
        (names, hosts)
    };
    let mut clusters: Vec<String> = Vec::new();
    let (mut conns, mut subs, mut mem, mut slow, mut js) = (0i64, 0i64, 0u64, 0i64, 0);
    let mut versions_ok = "";
    let first_version = results[0].0["server"]["ver"].as_str().unwrap_or_default();
    let mut rows = Vec::new();
    for (i, (v, rtt)) in results.iter().enumerate() {
        let srv = &v["server"];
        let st = &v["statsz"];
        let cluster = srv["cluster"].as_str().unwrap_or_default();
        if !cluster.is_empty() && !clusters.iter().any(|c| c == cluster) {
            clusters.push(cluster.to_string());
        }
        let jetstream = srv["jetstream"].as_bool().unwrap_or(false);
        if jetstream {
            js += 1;
        }
        let js_cell = match (jetstream, srv["domain"].as_str().unwrap_or_default()) {
            (false, _) => "no".to_string(),
            (true, "") => "yes".to_string(),
            (true, d) => d.to_string(),
        };
        let ver = srv["ver"].as_str().unwrap_or_default();
        if ver != first_version {
            versions_ok = "X";
        }
        let c = st["connections"].as_i64().unwrap_or(0);
        let s = st["subscriptions"].as_i64().unwrap_or(0);
        let m = st["mem"].as_u64().unwrap_or(0);
        let sc = st["slow_consumers"].as_i64().unwrap_or(0);
        conns += c;
        subs += s;
        mem += m;
        slow += sc;
        let up = match (
            srv["time"]
                .as_str()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()),
            st["start"]
                .as_str()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()),
        ) {
            (Some(now), Some(start)) => (now - start).to_std().unwrap_or_default(),
            _ => Duration::ZERO,
        };
        let rtt_ms = Duration::from_millis(((rtt.as_micros() + 500) / 1000) as u64);
        rows.push(vec![
            names[i].clone(),
            cluster.to_string(),
            hosts[i].clone(),
            ver.to_string(),
            js_cell,
            comma_i64(c),
            comma_i64(s),
            len(v, "routes").to_string(),
            len(v, "gateways").to_string(),
            ibytes(m),
            format!("{:.0}", st["cpu"].as_f64().unwrap_or(0.0)),
            st["cores"].as_i64().unwrap_or(0).to_string(),
            comma_i64(sc),
            duration::humanize(up),
            duration::humanize(rtt_ms),
        ]);
    }
    let footer = vec![
        String::new(),
        clusters.len().to_string(),
        results.len().to_string(),
        versions_ok.to_string(),
        js.to_string(),
        comma_i64(conns),
        comma_i64(subs),
        String::new(),
        String::new(),
        ibytes(mem),
        String::new(),
        String::new(),
        comma_i64(slow),
        String::new(),
        String::new(),
    ];
    rows.push(footer);
    let headers = [
        "Name", "Cluster", "Host", "Version", "JS", "Conns", "Subs", "Routes", "GWs", "Mem",
        "CPU %", "Cores", "Slow", "Uptime", "RTT",
    ];
    let table = crate::kit::output::table("Server Overview", &headers, &rows, &scheme);
    println!("{}", with_footer(&table));
    Ok(ExitCode::SUCCESS)
}

/// `server info`: one server's VARZ as natscli's columns report.
async fn info(global: &GlobalOpts, args: InfoArgs) -> anyhow::Result<ExitCode> {
    let id = args.id.unwrap_or_default();
    let session = connect::connect(global).await?;
    // A server id is 56 upper-case characters; anything else is a name filter.
    let (subject, body) = if id.len() == 56 && id.to_uppercase() == id {
        (format!("$SYS.REQ.SERVER.{id}.VARZ"), b"{}".to_vec())
    } else {
        let mut m = serde_json::Map::new();
        if !id.is_empty() {
            m.insert("server_name".into(), json!(id));
        }
        (
            "$SYS.REQ.SERVER.PING.VARZ".to_string(),
            serde_json::to_vec(&Value::Object(m))?,
        )
    };
    let mut reply: Option<Value> = None;
    let got = collect(&session, &subject, body, Some(1), |v, _| {
        reply = Some(v.clone());
        None
    })
    .await;
    session.close().await;
    let no_results = || {
        anyhow::anyhow!(
            "no results received, ensure the account used has system privileges and \
             appropriate permissions"
        )
    };
    got.map_err(|_| no_results())?;
    let reply = reply.ok_or_else(no_results)?;
    if let Some(e) = reply.get("error").filter(|e| !e.is_null()) {
        bail!("invalid response received: {e}");
    }
    let v = reply
        .get("data")
        .filter(|d| d.is_object())
        .ok_or_else(|| anyhow::anyhow!("no data received in response: {reply}"))?;
    print!("{}", info_report(v));
    Ok(ExitCode::SUCCESS)
}

/// The columns report of `server info` for a VARZ document.
fn info_report(v: &Value) -> String {
    use crate::kit::columns::{time, Columns};
    use crate::kit::numbers::comma_i64;
    use rnats_proto::kit::format::ibytes;
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let i = |v: &Value| v.as_i64().unwrap_or(0);
    let b = |v: &Value| v.as_bool().unwrap_or(false).to_string();
    let by = |v: &Value| ibytes(v.as_u64().unwrap_or(0));
    let dur = |nanos: i64| crate::kit::columns::nanos(nanos);
    let (name, id) = (s("server_name"), s("server_id"));
    let mut c = if name == id {
        Columns::new(format!("Server information for {id}"))
    } else {
        Columns::new(format!("Server information for {name} ({id})"))
    };
    c.title("Process Details");
    c.row("Version", s("version"));
    c.row("Git Commit", s("git_commit"));
    c.row("Go Version", s("go"));
    c.row("Start Time", time(&s("start")));
    c.row("Configuration Load Time", time(&s("config_load_time")));
    c.row_if_not_empty("Configuration Digest", &s("config_digest"));
    c.row("Uptime", s("uptime"));

    c.title("Connection Details");
    c.row("Auth Required", b(&v["auth_required"]));
    c.row("TLS Required", b(&v["tls_required"]));
    let host = format!("{}:{}", s("host"), i(&v["port"]));
    if s("ip").is_empty() {
        c.row("Host", host);
    } else {
        c.row("Host", format!("{host} ({})", s("ip")));
    }
    for (label, key) in [
        ("Client URLs", "connect_urls"),
        ("WebSocket URLs", "ws_connect_urls"),
    ] {
        for (n, u) in v[key].as_array().into_iter().flatten().enumerate() {
            c.row(
                if n == 0 { label } else { "" },
                u.as_str().unwrap_or_default(),
            );
        }
    }

    let js = &v["jetstream"];
    let cfg = &js["config"];
    if cfg["store_dir"].as_str().is_some_and(|d| !d.is_empty()) {
        let stats = &js["stats"];
        c.title("JetStream");
        c.row("Domain", cfg["domain"].as_str().unwrap_or_default());
        c.row("API Support Level", comma_i64(i(&stats["api"]["level"])));
        c.row(
            "Storage Directory",
            cfg["store_dir"].as_str().unwrap_or_default(),
        );
        c.row("Active Accounts", comma_i64(i(&stats["accounts"])));
        c.row("Memory In Use", by(&stats["memory"]));
        c.row("File In Use", by(&stats["storage"]));
        c.row("API Requests", comma_i64(i(&stats["api"]["total"])));
        c.row("API Errors", comma_i64(i(&stats["api"]["errors"])));
        if i(&cfg["sync_interval"]) > 0 {
            c.row("Always sync writes to disk", b(&cfg["sync_always"]));
            c.row("Write sync Frequency", dur(i(&cfg["sync_interval"])));
        }
        c.row("Maximum Memory Storage", by(&cfg["max_memory"]));
        c.row("Maximum File Storage", by(&cfg["max_storage"]));
        c.row_if_not_empty("Unique Tag", cfg["unique_tag"].as_str().unwrap_or_default());
        c.row("Cluster Message Compression", b(&cfg["compress_ok"]));
        let limits = &js["limits"];
        if limits.is_object() {
            let unlimited = |n: i64| {
                if n == 0 {
                    "unlimited".to_string()
                } else {
                    comma_i64(n)
                }
            };
            c.row("Maximum HA Assets", unlimited(i(&limits["max_ha_assets"])));
            c.row(
                "Maximum Ack Pending",
                unlimited(i(&limits["max_ack_pending"])),
            );
            c.row(
                "Maximum Request Batch",
                unlimited(i(&limits["max_request_batch"])),
            );
            let dups = i(&limits["duplicate_window"]);
            c.row(
                "Maximum Duplicate Window",
                if dups == 0 {
                    "unlimited".to_string()
                } else {
                    dur(dups)
                },
            );
            c.row(
                "Maximum Messages Per Batch",
                comma_i64(i(&limits["max_request_batch"])),
            );
            c.row(
                "Maximum Batch Timeout",
                dur(i(&limits["max_batch_timeout"])),
            );
            c.row(
                "Maximum Open Batches Per Stream",
                comma_i64(i(&limits["max_batch_inflight_per_stream"])),
            );
            c.row(
                "Maximum Open Batches Per Server",
                comma_i64(i(&limits["max_batch_inflight_total"])),
            );
        }
        c.row("Strict API Parsing", b(&cfg["strict"]));
    }

    c.title("Limits");
    c.row("Maximum Connections", comma_i64(i(&v["max_connections"])));
    c.row(
        "Maximum Subscriptions",
        comma_i64(i(&v["max_subscriptions"])),
    );
    c.row("Maximum Payload", by(&v["max_payload"]));
    let tls_timeout = v["tls_timeout"].as_f64().unwrap_or(0.0);
    c.row(
        "TLS Timeout",
        crate::kit::duration::humanize(Duration::from_secs(tls_timeout.max(0.0) as u64)),
    );
    let wd = i(&v["write_deadline"]);
    c.row(
        "Write Deadline",
        dur((wd + 500_000) / 1_000_000 * 1_000_000),
    );

    c.title("Statistics");
    c.row(
        "CPU Cores",
        format!(
            "{} {:.2}%",
            i(&v["cores"]),
            v["cpu"].as_f64().unwrap_or(0.0)
        ),
    );
    if i(&v["gomaxprocs"]) > 0 {
        c.row("GOMAXPROCS", i(&v["gomaxprocs"]).to_string());
    }
    c.row("Memory", by(&v["mem"]));
    if i(&v["gomemlimit"]) > 0 {
        c.row("GOMEMLIMIT", comma_i64(i(&v["gomemlimit"])));
    }
    c.row("Connections", comma_i64(i(&v["connections"])));
    c.row("Subscriptions", comma_i64(i(&v["subscriptions"])));
    c.row(
        "Messages",
        format!(
            "{} in {} out",
            comma_i64(i(&v["in_msgs"])),
            comma_i64(i(&v["out_msgs"]))
        ),
    );
    c.row(
        "Bytes",
        format!("{} in {} out", by(&v["in_bytes"]), by(&v["out_bytes"])),
    );
    c.row("Slow Consumers", comma_i64(i(&v["slow_consumers"])));

    let cluster = &v["cluster"];
    if cluster["urls"].as_array().is_some_and(|u| !u.is_empty()) {
        c.title("Cluster");
        c.row("Name", cluster["name"].as_str().unwrap_or_default());
        let tags: Vec<&str> = v["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        c.row_if("Tags", tags.join(", "), !tags.is_empty());
        c.row(
            "Host",
            format!(
                "{}:{}",
                cluster["addr"].as_str().unwrap_or_default(),
                i(&cluster["cluster_port"])
            ),
        );
        for (n, u) in cluster["urls"].as_array().into_iter().flatten().enumerate() {
            c.row(
                if n == 0 { "URLs" } else { "" },
                u.as_str().unwrap_or_default(),
            );
        }
    }
    let gw = &v["gateway"];
    if gw["gateways"].as_array().is_some_and(|g| !g.is_empty()) {
        c.title("Super Cluster");
        c.row("Name", gw["name"].as_str().unwrap_or_default());
        c.row(
            "Host",
            format!(
                "{}:{}",
                gw["host"].as_str().unwrap_or_default(),
                i(&gw["port"])
            ),
        );
        let mut names: Vec<&str> = gw["gateways"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|g| g["name"].as_str())
            .collect();
        names.sort_unstable();
        for (n, name) in names.into_iter().enumerate() {
            c.row(if n == 0 { "Clusters" } else { "" }, name);
        }
    }
    c.render()
}

/// The server filter part of every request body (`EventFilterOptions`).
fn filter_body(args: &RequestArgs) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    if let Some(n) = &args.name {
        m.insert("server_name".into(), json!(n));
    }
    if let Some(c) = &args.cluster {
        m.insert("cluster".into(), json!(c));
    }
    if let Some(h) = &args.host {
        m.insert("host".into(), json!(h));
    }
    if !args.tags.is_empty() {
        m.insert("tags".into(), json!(args.tags));
    }
    m
}

async fn request(global: &GlobalOpts, args: RequestArgs) -> anyhow::Result<ExitCode> {
    let mut body = filter_body(&args);
    let mut put = |k: &str, v: Value| {
        body.insert(k.to_string(), v);
    };
    let mut filter_empty = false;
    let (kind, wait) = match &args.kind {
        RequestKind::Variables(w) => ("VARZ", w.wait),
        RequestKind::Connections(c) => {
            put("sort", json!(c.sort));
            put("auth", json!(true));
            put("subscriptions", json!(c.subscriptions));
            put("subscriptions_detail", json!(c.subscriptions));
            put("offset", json!(args.offset));
            put("limit", json!(args.limit));
            if let Some(cid) = c.filter_cid {
                put("cid", json!(cid));
            }
            let state = match c.filter_state.as_str() {
                "closed" => 1,
                "all" => 2,
                _ => 0,
            };
            put("state", json!(state));
            if let Some(u) = &c.filter_user {
                put("user", json!(u));
            }
            if let Some(a) = &c.filter_account {
                put("acc", json!(a));
            }
            filter_empty = c.filter_empty;
            ("CONNZ", c.wait)
        }
        RequestKind::Subscriptions(s) => {
            put("offset", json!(args.offset));
            put("limit", json!(args.limit));
            put("subscriptions", json!(s.detail));
            if let Some(a) = &s.filter_account {
                put("account", json!(a));
            }
            if let Some(t) = &s.filter_subject {
                put("test", json!(t));
            }
            ("SUBSZ", s.wait)
        }
        RequestKind::Jetstream(j) => {
            if let Some(a) = &j.account {
                put("account", json!(a));
            }
            put("accounts", json!(j.accounts || j.all));
            put("streams", json!(j.streams || j.all));
            put("consumer", json!(j.consumer || j.all));
            put("config", json!(j.config || j.all));
            put("leader_only", json!(j.leader));
            put("offset", json!(args.offset));
            put("limit", json!(args.limit));
            ("JSZ", j.wait)
        }
        RequestKind::Accounts(a) => {
            if let Some(acc) = &a.account {
                put("account", json!(acc));
            }
            ("ACCOUNTZ", a.wait)
        }
        RequestKind::JetstreamHealth(h) => {
            put("js-enabled-only", json!(h.js_enabled));
            put("js-server-only", json!(h.server_only));
            if let Some(a) = &h.account {
                put("account", json!(a));
            }
            if let Some(s) = &h.stream {
                put("stream", json!(s));
            }
            if let Some(c) = &h.consumer {
                put("consumer", json!(c));
            }
            put("details", json!(h.details));
            ("HEALTHZ", h.wait)
        }
        RequestKind::Routes(r) => {
            put("subscriptions", json!(r.subscriptions));
            put("subscriptions_detail", json!(r.subscriptions));
            ("ROUTEZ", r.wait)
        }
        RequestKind::Leafnodes(l) => {
            put("subscriptions", json!(l.subscriptions));
            ("LEAFZ", l.wait)
        }
        RequestKind::Gateways(g) => {
            // natscli: an account filter implies account detail, and only then subscriptions.
            let accounts = g.accounts || g.filter_account.is_some();
            if let Some(n) = &g.filter_name {
                put("name", json!(n));
            }
            put("accounts", json!(accounts));
            if let Some(a) = &g.filter_account {
                put("account_name", json!(a));
                put("subscriptions", json!(g.subscriptions));
                put("subscriptions_detail", json!(g.subscriptions));
            }
            ("GATEWAYZ", g.wait)
        }
        RequestKind::Ipqueue(q) => {
            put("all", json!(q.all));
            if let Some(f) = &q.filter {
                put("filter", json!(f));
            }
            ("IPQUEUESZ", None)
        }
        RequestKind::Raft(r) => {
            if let Some(a) = &r.account {
                put("account", json!(a));
            }
            if let Some(g) = &r.group {
                put("group", json!(g));
            }
            ("RAFTZ", None)
        }
    };
    let session = connect::connect(global).await?;
    let want = match wait.filter(|w| *w > 0) {
        Some(w) => Some(w as usize),
        None if args.name.is_some() || args.host.is_some() => Some(1),
        None => active_servers(&session).await?,
    };
    let subject = format!("$SYS.REQ.SERVER.PING.{kind}");
    let payload = serde_json::to_vec(&Value::Object(body))?;
    let mut out = std::io::stdout().lock();
    collect(&session, &subject, payload, want, |v, _| {
        if filter_empty && v["data"]["num_connections"].as_u64().unwrap_or(0) == 0 {
            return None;
        }
        let _ = writeln!(out, "{v}");
        None
    })
    .await?;
    session.close().await;
    Ok(ExitCode::SUCCESS)
}

/// natscli's `CurrentActiveServers`: the first STATSZ answer's `active_servers`.
async fn active_servers(session: &Session) -> anyhow::Result<Option<usize>> {
    let mut found = None;
    collect(
        session,
        "$SYS.REQ.SERVER.PING",
        Vec::new(),
        Some(1),
        |v, _| {
            found = v["statsz"]["active_servers"]
                .as_u64()
                .map(|n| n as usize)
                .filter(|n| *n > 0);
            None
        },
    )
    .await?;
    Ok(found)
}

/// One performance-data item of a check (jsm.go `PerfDataItem`).
struct PerfData {
    name: &'static str,
    value: f64,
    warn: f64,
    crit: f64,
    unit: &'static str,
}

impl PerfData {
    fn render(&self) -> String {
        let fmt = |v: f64| {
            if self.unit == "s" {
                format!("{v:.4}")
            } else {
                format!("{v:.0}")
            }
        };
        let mut s = format!("{}={}{}", self.name, fmt(self.value), self.unit);
        if self.warn != 0.0 || self.crit != 0.0 {
            if self.warn != 0.0 {
                s.push_str(&format!(";{}", fmt(self.warn)));
            } else {
                s.push(';');
            }
            if self.crit != 0.0 {
                s.push_str(&format!(";{}", fmt(self.crit)));
            }
        }
        s
    }
}

/// A check result (jsm.go `monitor.Result`).
struct CheckResult {
    name: String,
    check: &'static str,
    oks: Vec<String>,
    warnings: Vec<String>,
    criticals: Vec<String>,
    perf: Vec<PerfData>,
}

impl CheckResult {
    fn new(name: &str, check: &'static str) -> Self {
        Self {
            name: name.to_string(),
            check,
            oks: Vec::new(),
            warnings: Vec::new(),
            criticals: Vec::new(),
            perf: Vec::new(),
        }
    }

    fn status(&self) -> (&'static str, u8) {
        if !self.criticals.is_empty() {
            ("CRITICAL", 2)
        } else if !self.warnings.is_empty() {
            ("WARNING", 1)
        } else {
            ("OK", 0)
        }
    }

    fn nagios(&self) -> String {
        let (status, _) = self.status();
        let mut parts = vec![self.name.clone()];
        parts.extend(self.criticals.iter().map(|c| format!("Crit:{c}")));
        parts.extend(self.warnings.iter().map(|w| format!("Warn:{w}")));
        parts.extend(self.oks.iter().map(|o| format!("OK:{o}")));
        let mut s = format!("{status} {}", parts.join(" "));
        if !self.perf.is_empty() {
            let pd: Vec<String> = self.perf.iter().map(PerfData::render).collect();
            s.push_str(" | ");
            s.push_str(pd.join(" ").trim());
        }
        s
    }

    fn json(&self) -> String {
        let (status, _) = self.status();
        let perf: Vec<Value> = self
            .perf
            .iter()
            .map(|p| {
                let mut v = json!({"name": p.name, "value": p.value, "warning": p.warn,
                    "critical": p.crit});
                if !p.unit.is_empty() {
                    v["unit"] = json!(p.unit);
                }
                v
            })
            .collect();
        let mut v = json!({"name": self.name, "check_suite": "monitor", "check": self.check,
            "status": status});
        if !self.warnings.is_empty() {
            v["warning"] = json!(self.warnings);
        }
        if !self.criticals.is_empty() {
            v["critical"] = json!(self.criticals);
        }
        if !self.oks.is_empty() {
            v["ok"] = json!(self.oks);
        }
        v["perf_data"] = json!(perf);
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }

    fn text(&self) -> String {
        let (status, _) = self.status();
        let mut s = format!("{}: {status}\n\n", self.name);
        let rows: Vec<(&str, &String)> = self
            .criticals
            .iter()
            .map(|c| ("Critical", c))
            .chain(self.warnings.iter().map(|w| ("Warning", w)))
            .chain(self.oks.iter().map(|o| ("OK", o)))
            .collect();
        if !rows.is_empty() {
            s.push_str("Status Detail\n\n");
            for (k, v) in rows {
                s.push_str(&format!("{k:>10}: {v}\n"));
            }
        }
        if !self.perf.is_empty() {
            s.push_str("\nCheck Metrics\n\n");
            for p in &self.perf {
                s.push_str(&format!("{:>14}: {}\n", p.name, p.render()));
            }
        }
        s
    }
}

async fn check(global: &GlobalOpts, args: CheckArgs) -> anyhow::Result<ExitCode> {
    let result = match &args.check {
        CheckKind::Connection(c) => check_connection(global, c).await,
        CheckKind::Server(s) => check_server(global, s).await,
        CheckKind::Jetstream(j) => check_jetstream(global, j).await,
        CheckKind::Stream(st) => check_stream(global, st).await,
        CheckKind::Consumer(c) => {
            if c.pinned {
                bail!("`nats server check consumer --pinned` is not supported by rnats yet");
            }
            check_consumer(global, c).await
        }
        CheckKind::Message(m) => check_message(global, m).await,
        CheckKind::Kv(k) => check_kv(global, k).await,
        CheckKind::Credential(c) => check_credential(c),
    };
    let text = match args.format.as_str() {
        "json" => result.json(),
        "text" => result.text(),
        _ => result.nagios(),
    };
    match &args.outfile {
        Some(path) => std::fs::write(path, format!("{text}\n"))
            .with_context(|| format!("write {}", path.display()))?,
        None => writeln!(std::io::stdout().lock(), "{text}")?,
    }
    Ok(ExitCode::from(result.status().1))
}

/// `server check stream` (jsm.go `CheckStreamHealth`): cluster peers, messages, subjects,
/// sources and mirror against the thresholds given (or set in the stream's metadata).
async fn check_stream(global: &GlobalOpts, a: &StreamCheckArgs) -> CheckResult {
    let mut r = CheckResult::new(&a.stream, "stream");
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("could not load info: {e:#}"));
            return r;
        }
    };
    let js = crate::kit::jsapi::for_session(&session);
    let si = match js.stream_info(&a.stream).await {
        Ok(i) => i,
        Err(e) => {
            r.criticals.push(format!("could not load info: {e}"));
            return r;
        }
    };
    session.close().await;
    // Flags, then the stream's metadata over them (jsm.go populateStreamHealthCheckOptions).
    let mut o = a.clone();
    let meta = &si.config.metadata;
    let get = |k: &str| meta.get(&format!("io.nats.monitor.{k}"));
    macro_rules! from_meta {
        ($field:ident, $key:literal, int) => {
            if let Some(v) = get($key) {
                match v.trim().parse() {
                    Ok(n) => o.$field = Some(n),
                    Err(e) => {
                        r.criticals
                            .push(format!("could not configure based on metadata: {e}"));
                        return r;
                    }
                }
            }
        };
        ($field:ident, $key:literal, dur) => {
            if let Some(v) = get($key) {
                match duration::parse(v) {
                    Ok(d) => o.$field = Some(d),
                    Err(e) => {
                        r.criticals
                            .push(format!("could not configure based on metadata: {e}"));
                        return r;
                    }
                }
            }
        };
    }
    from_meta!(lag_critical, "lag-critical", int);
    from_meta!(seen_critical, "seen-critical", dur);
    from_meta!(min_sources, "min-sources", int);
    from_meta!(max_sources, "max-sources", int);
    from_meta!(peer_expect, "peer-expect", int);
    from_meta!(peer_lag_critical, "peer-lag-critical", int);
    from_meta!(peer_seen_critical, "peer-seen-critical", dur);
    from_meta!(msgs_warn, "msgs-warn", int);
    from_meta!(msgs_critical, "msgs-critical", int);
    from_meta!(subjects_warn, "subjects-warn", int);
    from_meta!(subjects_critical, "subjects-critical", int);
    let lag_crit = o.lag_critical.unwrap_or(0);
    let seen_crit = o.seen_critical.unwrap_or_default();
    let pd = |name: &'static str, value: f64, warn: f64, crit: f64, unit: &'static str| PerfData {
        name,
        value,
        warn,
        crit,
        unit,
    };

    // Cluster.
    let expect = o.peer_expect.unwrap_or(0);
    let clustered = si.cluster.is_some() && si.config.num_replicas > 1;
    if clustered || expect > 0 {
        match si.cluster.as_ref().filter(|_| clustered) {
            None => r.criticals.push("Stream is not clustered".into()),
            Some(c) if c.leader.as_deref().unwrap_or_default().is_empty() => {
                r.criticals.push("No leader".into())
            }
            Some(c) => {
                let peers = c.replicas.len() as i64 + 1;
                if peers != expect {
                    r.criticals
                        .push(format!("Expected {expect} replicas got {peers}"));
                } else {
                    r.oks.push(format!("{peers} peers"));
                    let lag = o.peer_lag_critical.unwrap_or(0);
                    let seen = o.peer_seen_critical.unwrap_or_default();
                    let lagged = c.replicas.iter().filter(|p| lag > 0 && p.lag > lag).count();
                    let inactive = c
                        .replicas
                        .iter()
                        .filter(|p| !seen.is_zero() && p.active > seen.as_nanos() as i64)
                        .count();
                    let offline = c.replicas.iter().filter(|p| p.offline).count();
                    if offline > 0 {
                        r.criticals.push(format!("{offline} replicas offline"));
                    }
                    if lag > 0 {
                        if lagged > 0 {
                            r.criticals.push(format!("{lagged} replicas lagged"));
                        } else {
                            r.oks.push("replicas are current".into());
                        }
                    }
                    if !seen.is_zero() {
                        if inactive > 0 {
                            r.criticals.push(format!("{inactive} replicas inactive"));
                        } else {
                            r.oks.push("replicas are active".into());
                        }
                    }
                }
            }
        }
    }

    // Messages: fewer than the thresholds is the problem.
    let msgs = si.state.messages;
    let (mw, mc) = (o.msgs_warn.unwrap_or(0), o.msgs_critical.unwrap_or(0));
    if mw > 0 || mc > 0 {
        r.perf
            .push(pd("messages", msgs as f64, mw as f64, mc as f64, ""));
        if mc > 0 && msgs <= mc {
            r.criticals.push(format!("{msgs} messages"));
        } else if mw > 0 && msgs <= mw {
            r.warnings.push(format!("{msgs} messages"));
        } else {
            r.oks.push(format!("{msgs} messages"));
        }
    }

    // Subjects: inverted when warning >= critical.
    let (sw, sc) = (
        o.subjects_warn.unwrap_or(0),
        o.subjects_critical.unwrap_or(0),
    );
    if sw > 0 || sc > 0 {
        let ns = si.state.num_subjects as i64;
        r.perf
            .push(pd("subjects", ns as f64, sw as f64, sc as f64, ""));
        let lt = sw < sc;
        let text = format!("{ns} subjects");
        if (lt && ns >= sc) || (!lt && ns <= sc) {
            r.criticals.push(text);
        } else if (lt && ns >= sw) || (!lt && ns <= sw) {
            r.warnings.push(text);
        } else {
            r.oks.push(text);
        }
    }

    // Sources.
    let sources: Vec<Value> = si
        .sources
        .as_ref()
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let count = sources.len() as i64;
    let (min, max) = (o.min_sources.unwrap_or(0), o.max_sources.unwrap_or(0));
    r.perf
        .push(pd("sources", count as f64, min as f64, max as f64, ""));
    if (min > 0 && count < min) || (max > 0 && count > max) {
        r.criticals.push(format!("{count} sources"));
    } else {
        r.oks.push(format!("{count} sources"));
    }
    let active = |v: &Value| Duration::from_nanos(v["active"].as_i64().unwrap_or(0).max(0) as u64);
    if lag_crit > 0 || !seen_crit.is_zero() {
        let lagged = sources
            .iter()
            .filter(|s| lag_crit > 0 && s["lag"].as_u64().unwrap_or(0) >= lag_crit)
            .count();
        let inactive = sources
            .iter()
            .filter(|s| !seen_crit.is_zero() && active(s) >= seen_crit)
            .count();
        r.perf
            .push(pd("sources_lagged", lagged as f64, 0.0, 0.0, ""));
        r.perf
            .push(pd("sources_inactive", inactive as f64, 0.0, 0.0, ""));
        if lagged > 0 {
            r.criticals.push(format!("{lagged} sources are lagged"));
        } else {
            r.oks.push(format!("{count} sources current"));
        }
        if inactive > 0 {
            r.criticals.push(format!("{inactive} sources are inactive"));
        } else {
            r.oks.push(format!("{count} sources active"));
        }
    }

    // Mirror.
    if (lag_crit > 0 || !seen_crit.is_zero()) && sources.is_empty() {
        let state = si.mirror.as_ref().filter(|m| !m.is_null());
        if si.config.mirror.is_null() {
            r.criticals.push("not mirrored".into());
        } else if let Some(m) = state {
            let lag = m["lag"].as_u64().unwrap_or(0);
            r.perf.push(pd("lag", lag as f64, 0.0, lag_crit as f64, ""));
            r.perf.push(pd(
                "active",
                active(m).as_secs_f64(),
                0.0,
                seen_crit.as_secs_f64(),
                "s",
            ));
            let mut ok = true;
            if lag_crit > 0 && lag >= lag_crit {
                r.criticals.push(format!("Mirror Lag {lag}"));
                ok = false;
            }
            if !seen_crit.is_zero() && active(m) >= seen_crit {
                r.criticals
                    .push(format!("Mirror Seen {}", duration_string(active(m))));
                ok = false;
            }
            if ok {
                r.oks.push(format!(
                    "Mirror {}",
                    si.config.mirror["name"].as_str().unwrap_or_default()
                ));
            }
        } else {
            r.criticals.push("invalid state".into());
        }
    }
    r
}

/// `server check consumer` (jsm.go `CheckConsumerHealth`): ack pending, waiting pulls,
/// unprocessed messages, redeliveries and the time since the last delivery and ack, each
/// critical at its threshold when one is given.
async fn check_consumer(global: &GlobalOpts, a: &ConsumerCheckArgs) -> CheckResult {
    let mut r = CheckResult::new(&format!("{}_{}", a.stream, a.consumer), "consumer");
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("could not load info: {e:#}"));
            return r;
        }
    };
    let js = crate::kit::jsapi::for_session(&session);
    let nfo = match js.consumer_info(&a.stream, &a.consumer).await {
        Ok(n) => n,
        Err(e) => {
            r.criticals.push(format!("could not load info: {e}"));
            return r;
        }
    };
    let now = chrono::Utc::now();
    let last = |s: &Option<String>| {
        s.as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.to_utc())
    };
    let (last_delivery, last_ack) = (
        last(&nfo.delivered.last_active),
        last(&nfo.ack_floor.last_active),
    );
    let n = |v: Option<i64>| v.unwrap_or(0);
    let secs = |d: Option<Duration>| d.map_or(0.0, |d| d.as_secs_f64());
    let count = |name: &'static str, value: u64, crit: Option<i64>| PerfData {
        name,
        value: value as f64,
        warn: 0.0,
        crit: n(crit) as f64,
        unit: "",
    };
    r.perf.push(count(
        "ack_pending",
        nfo.num_ack_pending,
        a.outstanding_ack_critical,
    ));
    r.perf
        .push(count("pull_waiting", nfo.num_waiting, a.waiting_critical));
    r.perf
        .push(count("pending", nfo.num_pending, a.unprocessed_critical));
    r.perf.push(count(
        "redelivered",
        nfo.num_redelivered,
        a.redelivery_critical,
    ));
    let ago = |t: chrono::DateTime<chrono::Utc>| (now - t).to_std().unwrap_or_default();
    if let Some(t) = last_delivery {
        r.perf.push(PerfData {
            name: "last_delivery",
            value: ago(t).as_secs_f64(),
            warn: 0.0,
            crit: secs(a.last_delivery_critical),
            unit: "s",
        });
    }
    if let Some(t) = last_ack {
        r.perf.push(PerfData {
            name: "last_ack",
            value: ago(t).as_secs_f64(),
            warn: 0.0,
            crit: secs(a.last_ack_critical),
            unit: "s",
        });
    }
    let mut threshold = |label: &str, value: u64, crit: Option<i64>| {
        let crit = n(crit);
        if crit <= 0 {
            return;
        }
        if value >= crit as u64 {
            r.criticals.push(format!("{label}: {value}"));
        } else {
            r.oks.push(format!("{label}: {value}"));
        }
    };
    threshold(
        "Ack Pending",
        nfo.num_ack_pending,
        a.outstanding_ack_critical,
    );
    threshold("Waiting Pulls", nfo.num_waiting, a.waiting_critical);
    threshold(
        "Unprocessed Messages",
        nfo.num_pending,
        a.unprocessed_critical,
    );
    threshold("Redelivered", nfo.num_redelivered, a.redelivery_critical);
    if let Some(crit) = a.last_delivery_critical.filter(|c| !c.is_zero()) {
        match last_delivery {
            None => r.criticals.push("No deliveries".into()),
            Some(t) if ago(t) >= crit => r
                .criticals
                .push(format!("Last delivery {} ago", duration_string(ago(t)))),
            Some(t) => r.oks.push(format!(
                "Last delivery {}",
                rnats_proto::kit::format::time_string(&t.fixed_offset())
            )),
        }
    }
    if let Some(crit) = a.last_ack_critical.filter(|c| !c.is_zero()) {
        match last_ack {
            None => r.criticals.push("No acks".into()),
            Some(t) if ago(t) >= crit => r
                .criticals
                .push(format!("Last ack {} ago", duration_string(ago(t)))),
            Some(t) => r.oks.push(format!(
                "Last ack {}",
                rnats_proto::kit::format::time_string(&t.fixed_offset())
            )),
        }
    }
    session.close().await;
    r
}

/// `server check message` (jsm.go `CheckStreamMessage`): the last message on a subject of a
/// stream, its age against thresholds and its body against a regular expression.
async fn check_message(global: &GlobalOpts, a: &MsgCheckArgs) -> CheckResult {
    let mut r = CheckResult::new("Stream Message", "message");
    // nats-server's IsValidLiteralSubject, except that jsm.go accepts the `>` default.
    if a.subject.split('.').any(|t| t.is_empty() || t == "*") {
        r.criticals
            .push(format!("Check failed: invalid subject {:?}", a.subject));
        return r;
    }
    let re = match regex::bytes::Regex::new(&a.content) {
        Ok(re) => re,
        Err(e) => {
            r.criticals
                .push(format!("content regex compile failed: {e}"));
            return r;
        }
    };
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("could not load info: {e:#}"));
            return r;
        }
    };
    let js = crate::kit::jsapi::for_session(&session);
    let req = rnats_proto::jetstream::MsgGetRequest::last_for(a.subject.clone());
    let msg = match js.get_msg(&a.stream, &req).await {
        Ok(m) => m,
        Err(e) if e.err_code() == Some(10037) => {
            r.criticals.push("no message found".into());
            return r;
        }
        Err(e) => {
            r.criticals.push(format!("msg load failed: {e}"));
            return r;
        }
    };
    let ts = if a.body_timestamp {
        match String::from_utf8_lossy(&msg.data).trim().parse::<i64>() {
            Ok(secs) => chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default(),
            Err(e) => {
                r.criticals.push(format!("invalid timestamp body: {e}"));
                return r;
            }
        }
    } else {
        chrono::DateTime::parse_from_rfc3339(&msg.time)
            .map(|t| t.to_utc())
            .unwrap_or_default()
    };
    let since = (chrono::Utc::now() - ts).to_std().unwrap_or_default();
    let rounded = Duration::from_millis(since.as_millis() as u64);
    let secs = |d: Option<Duration>| d.map_or(0.0, |d| d.as_secs_f64());
    r.perf.push(PerfData {
        name: "age",
        value: rounded.as_secs_f64(),
        warn: secs(a.age_warn),
        crit: secs(a.age_critical),
        unit: "s",
    });
    r.perf.push(PerfData {
        name: "size",
        value: msg.data.len() as f64,
        warn: 0.0,
        crit: 0.0,
        unit: "B",
    });
    if a.age_critical.is_some_and(|c| !c.is_zero() && since > c) {
        r.criticals
            .push(format!("{} old", duration_string(rounded)));
    } else if a.age_warn.is_some_and(|w| !w.is_zero() && since > w) {
        r.warnings.push(format!("{} old", duration_string(rounded)));
    }
    if !a.content.is_empty() && !re.is_match(&msg.data) {
        r.criticals
            .push(format!("does not match regex: {}", a.content));
    }
    if r.warnings.is_empty() && r.criticals.is_empty() {
        r.oks
            .push(format!("Valid message on {} > {}", a.stream, a.subject));
    }
    session.close().await;
    r
}

/// `server check kv` (jsm.go `CheckKVBucketAndKey`): the bucket exists, optionally a key has
/// a value, and the number of values against thresholds (inverted when critical < warning).
async fn check_kv(global: &GlobalOpts, a: &KvCheckArgs) -> CheckResult {
    use rnats_proto::jetstream::kv::{self, KvError};
    let mut r = CheckResult::new(&a.bucket, "kv");
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("connection failed: {e:#}"));
            return r;
        }
    };
    let js = crate::kit::jsapi::for_session(&session);
    let store = match kv::bucket(&js, &a.bucket).await {
        Ok(s) => s,
        Err(KvError::BucketNotFound) => {
            r.criticals.push(format!("bucket {} not found", a.bucket));
            return r;
        }
        Err(e) => {
            r.criticals.push(format!("could not load bucket: {e}"));
            return r;
        }
    };
    r.oks.push(format!("bucket {}", a.bucket));
    let info = match store.status().await {
        Ok(i) => i,
        Err(e) => {
            r.criticals
                .push(format!("could not obtain bucket status: {e}"));
            return r;
        }
    };
    let values = info.state.messages;
    r.perf.push(PerfData {
        name: "values",
        value: values as f64,
        warn: a.values_warn.max(0) as f64,
        crit: a.values_critical.max(0) as f64,
        unit: "",
    });
    if let Some(key) = &a.key {
        // As nats.go's `Get`: a delete or purge marker is "not found".
        match store.get(key).await {
            Ok(_) => r.oks.push(format!("key {key} found")),
            Err(KvError::KeyNotFound) => r.criticals.push(format!("key {key} not found")),
            Err(e) => r.criticals.push(format!("key {key} not loaded: {e}")),
        }
    }
    let (warn, crit) = (a.values_warn, a.values_critical);
    if warn > -1 || crit > -1 {
        let v = values as i64;
        let text = format!("{values} values");
        let (is_crit, is_warn) = if crit < warn {
            (crit > -1 && v <= crit, warn > -1 && v <= warn)
        } else {
            (crit > -1 && v >= crit, warn > -1 && v >= warn)
        };
        if is_crit {
            r.criticals.push(text);
        } else if is_warn {
            r.warnings.push(text);
        } else {
            r.oks.push(text);
        }
    }
    r.perf.push(PerfData {
        name: "bytes",
        value: info.state.bytes as f64,
        warn: 0.0,
        crit: 0.0,
        unit: "B",
    });
    r.perf.push(PerfData {
        name: "replicas",
        value: info.config.num_replicas as f64,
        warn: 0.0,
        crit: 0.0,
        unit: "",
    });
    session.close().await;
    r
}

/// `server check credential` (jsm.go `CheckCredential`): the credential file's user JWT and
/// its expiry against thresholds.
fn check_credential(a: &CredCheckArgs) -> CheckResult {
    let mut r = CheckResult::new("Credential", "credential");
    let contents = match std::fs::read_to_string(&a.credential) {
        Ok(c) => c,
        Err(e) => {
            r.criticals.push(format!("credential not accessible: {e}"));
            return r;
        }
    };
    let claims = rnats_proto::client::auth::parse_creds(&contents)
        .map_err(|e| e.to_string())
        .and_then(|c| rnats_proto::jwt::decode(&c.jwt).map_err(|e| e.to_string()));
    let claims = match claims {
        Ok(c) => c,
        Err(e) => {
            r.criticals.push(format!("invalid credential: {e}"));
            return r;
        }
    };
    let expires = claims.data().expires;
    let until = expires - chrono::Utc::now().timestamp();
    let secs = |d: Option<Duration>| d.map_or(0, |d| d.as_secs() as i64);
    let (warn, crit) = (secs(a.validity_warn), secs(a.validity_critical));
    r.perf.push(PerfData {
        name: "expiry",
        value: until as f64,
        warn: warn as f64,
        crit: crit as f64,
        unit: "s",
    });
    if expires == 0 && a.require_expiry {
        r.criticals.push("never expires".into());
    } else if crit > 0 && until <= crit {
        r.criticals.push(format!(
            "expires sooner than {}",
            duration::humanize(Duration::from_secs(crit as u64))
        ));
    } else if warn > 0 && until <= warn {
        r.warnings.push(format!(
            "expires sooner than {}",
            duration::humanize(Duration::from_secs(warn as u64))
        ));
    } else if expires == 0 {
        r.oks.push("never expires".into());
    } else {
        let at = chrono::DateTime::from_timestamp(expires, 0).unwrap_or_default();
        r.oks.push(format!(
            "expires in {}",
            at.format("%Y-%m-%d %H:%M:%S +0000 UTC")
        ));
    }
    r
}

async fn check_connection(global: &GlobalOpts, a: &ConnCheckArgs) -> CheckResult {
    let mut r = CheckResult::new("Connection", "connections");
    let start = Instant::now();
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("connection failed: {e:#}"));
            return r;
        }
    };
    let ct = start.elapsed();
    r.perf.push(PerfData {
        name: "connect_time",
        value: ct.as_secs_f64(),
        warn: a.connect_warn.as_secs_f64(),
        crit: a.connect_critical.as_secs_f64(),
        unit: "s",
    });
    let url = session.client.connected_url().unwrap_or_default();
    if !a.connect_critical.is_zero() && ct >= a.connect_critical {
        r.criticals.push(format!(
            "connected to {url}, connect time exceeded {}",
            a.connect_critical.as_secs_f64()
        ));
    } else if !a.connect_warn.is_zero() && ct >= a.connect_warn {
        r.warnings.push(format!(
            "connected to {url}, connect time exceeded {}",
            a.connect_warn.as_secs_f64()
        ));
    } else {
        r.oks
            .push(format!("connected to {url} in {}", duration_string(ct)));
    }
    let rtt = match session.client.rtt().await {
        Ok(d) => d,
        Err(e) => {
            r.criticals.push(format!("rtt failed: {e}"));
            return r;
        }
    };
    r.perf.push(PerfData {
        name: "rtt",
        value: rtt.as_secs_f64(),
        warn: a.rtt_warn.as_secs_f64(),
        crit: a.rtt_critical.as_secs_f64(),
        unit: "s",
    });
    if !a.rtt_critical.is_zero() && rtt >= a.rtt_critical {
        r.criticals.push(format!(
            "rtt time exceeded {}",
            a.rtt_critical.as_secs_f64()
        ));
    } else if !a.rtt_warn.is_zero() && rtt >= a.rtt_warn {
        r.warnings
            .push(format!("rtt time exceeded {}", a.rtt_warn.as_secs_f64()));
    } else {
        r.oks.push(format!("rtt time {}", duration_string(rtt)));
    }
    // A full round trip through the server: publish to our own inbox.
    let inbox = session.client.new_inbox();
    let payload: String = (0..100)
        .map(|_| char::from(b'a' + fastrand::u8(0..26)))
        .collect();
    let mut sub = match session.client.subscribe(inbox.clone()).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals
                .push(format!("could not subscribe to {inbox}: {e}"));
            return r;
        }
    };
    let start = Instant::now();
    if let Err(e) = session
        .client
        .publish(inbox.clone(), Bytes::from(payload.clone()))
        .await
    {
        r.criticals
            .push(format!("could not publish to {inbox}: {e}"));
        return r;
    }
    let received = tokio::time::timeout(session.timeout, sub.next()).await;
    let reqt = start.elapsed();
    let msg = match received {
        Ok(Some(m)) => m,
        _ => {
            r.criticals
                .push(format!("did not receive from {inbox}: nats: timeout"));
            return r;
        }
    };
    r.perf.push(PerfData {
        name: "request_time",
        value: reqt.as_secs_f64(),
        warn: a.req_warn.as_secs_f64(),
        crit: a.req_critical.as_secs_f64(),
        unit: "s",
    });
    if msg.payload.as_ref() != payload.as_bytes() {
        r.criticals.push("did not receive expected message".into());
    }
    if !a.req_critical.is_zero() && reqt >= a.req_critical {
        r.criticals
            .push(format!("round trip request took {:.6}", reqt.as_secs_f64()));
    } else if !a.req_warn.is_zero() && reqt >= a.req_warn {
        r.warnings
            .push(format!("round trip request took {:.6}", reqt.as_secs_f64()));
    } else {
        r.oks
            .push(format!("round trip took {:.6}s", reqt.as_secs_f64()));
    }
    session.close().await;
    r
}

/// jsm.go's `CheckJetStreamAccount`: the account's usage against its limits, then the
/// replica health of every stream.
async fn check_jetstream(global: &GlobalOpts, a: &JsCheckArgs) -> CheckResult {
    let mut r = CheckResult::new("JetStream", "jetstream");
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("connection failed: {e:#}"));
            return r;
        }
    };
    let js = crate::kit::jsapi::for_session(&session);
    let info = match js.account_info().await {
        Ok(i) => i,
        Err(e) => {
            r.criticals.push(format!("JetStream not available: {e}"));
            session.close().await;
            return r;
        }
    };
    let mut check_val =
        |item: &'static str, unit: &'static str, warn: i64, crit: i64, max: i64, current: u64| {
            let pct = if max > 0 {
                (current as f64 / max as f64 * 100.0) as i64
            } else {
                0
            };
            r.perf.push(PerfData {
                name: item,
                value: current as f64,
                warn: 0.0,
                crit: 0.0,
                unit,
            });
            r.perf.push(PerfData {
                name: match item {
                    "memory" => "memory_pct",
                    "storage" => "storage_pct",
                    "streams" => "streams_pct",
                    _ => "consumers_pct",
                },
                value: pct as f64,
                warn: warn.max(0) as f64,
                crit: crit.max(0) as f64,
                unit: "%",
            });
            if warn != -1 && crit != -1 && warn >= crit {
                r.criticals.push(format!("{item}: invalid thresholds"));
                return;
            }
            if pct > 100 {
                r.criticals.push(format!("{item}: exceed server limits"));
                return;
            }
            if warn >= 0 && crit >= 0 {
                if pct > crit {
                    r.criticals.push(format!("{pct}% {item}"));
                } else if pct > warn {
                    r.warnings.push(format!("{pct}% {item}"));
                }
            }
        };
    let l = &info.limits;
    check_val(
        "memory",
        "B",
        a.mem_warn,
        a.mem_critical,
        l.max_memory,
        info.memory,
    );
    check_val(
        "storage",
        "B",
        a.store_warn,
        a.store_critical,
        l.max_storage,
        info.storage,
    );
    check_val(
        "streams",
        "",
        a.streams_warn,
        a.streams_critical,
        l.max_streams,
        info.streams,
    );
    check_val(
        "consumers",
        "",
        a.consumers_warn,
        a.consumers_critical,
        l.max_consumers,
        info.consumers,
    );
    if a.replicas {
        let streams = match js.streams(None).await {
            Ok(s) => s,
            Err(e) => {
                r.criticals.push(format!("JetStream not available: {e}"));
                session.close().await;
                return r;
            }
        };
        let (mut ok, mut no_leader, mut missing, mut crit, mut lagged, mut unseen) =
            (0, 0, 0, 0, 0, 0);
        let seen_limit = a.replica_seen_critical.as_nanos() as i64;
        for s in &streams {
            if s.config.num_replicas <= 1 {
                ok += 1;
                continue;
            }
            let Some(cluster) = &s.cluster else {
                crit += 1;
                continue;
            };
            if cluster.leader.as_deref().unwrap_or_default().is_empty() {
                no_leader += 1;
                continue;
            }
            if cluster.replicas.len() as i64 != s.config.num_replicas - 1 {
                missing += 1;
                continue;
            }
            let mut healthy = true;
            for p in &cluster.replicas {
                if p.offline {
                    crit += 1;
                    healthy = false;
                } else if seen_limit > 0 && p.active > seen_limit {
                    unseen += 1;
                    healthy = false;
                } else if a.replica_lag_critical > 0 && p.lag > a.replica_lag_critical {
                    lagged += 1;
                    healthy = false;
                }
            }
            if healthy {
                ok += 1;
            }
        }
        for (name, value, crit_v, unit) in [
            ("replicas_ok", ok, 0.0, ""),
            ("replicas_no_leader", no_leader, 0.0, ""),
            ("replicas_missing_replicas", missing, 0.0, ""),
            ("replicas_lagged", lagged, a.replica_lag_critical as f64, ""),
            (
                "replicas_not_seen",
                unseen,
                a.replica_seen_critical.as_secs_f64(),
                "s",
            ),
            ("replicas_fail", crit, 0.0, ""),
        ] {
            r.perf.push(PerfData {
                name,
                value: value as f64,
                warn: 0.0,
                crit: crit_v,
                unit,
            });
        }
        let unhealthy = crit + missing + no_leader + unseen + lagged;
        if unhealthy > 0 {
            r.criticals.push(format!("{unhealthy} unhealthy streams"));
        }
    }
    session.close().await;
    r
}

async fn check_server(global: &GlobalOpts, a: &ServerCheckArgs) -> CheckResult {
    let mut r = CheckResult::new(&a.name, "server");
    let session = match connect::connect(global).await {
        Ok(s) => s,
        Err(e) => {
            r.criticals.push(format!("connection failed: {e:#}"));
            return r;
        }
    };
    let body = json!({"server_name": a.name}).to_string().into_bytes();
    let mut varz: Option<Value> = None;
    let got = collect(
        &session,
        "$SYS.REQ.SERVER.PING.VARZ",
        body,
        Some(1),
        |v, _| {
            varz = Some(v.clone());
            None
        },
    )
    .await;
    session.close().await;
    if let Err(e) = got {
        r.criticals.push(format!("varz failed: {e:#}"));
        return r;
    }
    let Some(resp) = varz else {
        r.criticals.push("varz failed: nats: timeout".to_string());
        return r;
    };
    if let Some(err) = resp.get("error").filter(|e| !e.is_null()) {
        r.criticals.push(format!(
            "varz failed: invalid response received: {}",
            err["description"].as_str().unwrap_or_default()
        ));
        return r;
    }
    let vz: rnats_proto::monitor::Varz = match serde_json::from_value(resp["data"].clone()) {
        Ok(v) => v,
        Err(_) => {
            r.criticals.push("no data received".into());
            return r;
        }
    };
    if vz.server_name != a.name {
        r.criticals
            .push(format!("result from wrong server {:?}", vz.server_name));
        return r;
    }
    if a.js_required {
        if vz.jetstream.config.is_none() {
            r.criticals.push("JetStream not enabled".into());
        } else {
            r.oks.push("JetStream enabled".into());
        }
    }
    if a.tls_required {
        if vz.tls_required {
            r.oks.push("TLS required".into());
        } else {
            r.criticals.push("TLS not required".into());
        }
    }
    if a.auth_required {
        if vz.auth_required {
            r.oks.push("Authentication required".into());
        } else {
            r.criticals.push("Authentication not required".into());
        }
    }
    let up = vz.now.since(vz.start);
    let up_warn = a.uptime_warn.unwrap_or_default();
    let up_crit = a.uptime_critical.unwrap_or_default();
    if !up_warn.is_zero() || !up_crit.is_zero() {
        if up_crit > up_warn {
            r.criticals.push("Up invalid thresholds".into());
            return r;
        }
        let text = format!("Up {}", duration::humanize(up));
        if up <= up_crit {
            r.criticals.push(text);
        } else if up <= up_warn {
            r.warnings.push(text);
        } else {
            r.oks.push(text);
        }
    }
    r.perf.extend([
        PerfData {
            name: "uptime",
            value: up.as_secs_f64(),
            warn: up_warn.as_secs_f64(),
            crit: up_crit.as_secs_f64(),
            unit: "s",
        },
        PerfData {
            name: "cpu",
            value: vz.cpu,
            warn: a.cpu_warn as f64,
            crit: a.cpu_critical as f64,
            unit: "%",
        },
        PerfData {
            name: "mem",
            value: vz.mem as f64,
            warn: a.mem_warn as f64,
            crit: a.mem_critical as f64,
            unit: "",
        },
        PerfData {
            name: "connections",
            value: vz.connections as f64,
            warn: a.conn_warn as f64,
            crit: a.conn_critical as f64,
            unit: "",
        },
        PerfData {
            name: "subscriptions",
            value: vz.subscriptions as f64,
            warn: a.subs_warn as f64,
            crit: a.subs_critical as f64,
            unit: "",
        },
    ]);
    let mut check_val = |name: &str, crit: f64, warn: f64, value: f64, invertible: bool| {
        if crit == 0.0 && warn == 0.0 {
            return;
        }
        if !invertible && crit < warn {
            r.criticals.push(format!("{name} invalid thresholds"));
            return;
        }
        let text = format!("{name} {value:.2}");
        if invertible && crit < warn {
            if value <= crit {
                r.criticals.push(text);
            } else if value <= warn {
                r.warnings.push(text);
            } else {
                r.oks.push(text);
            }
        } else if value >= crit {
            r.criticals.push(text);
        } else if value >= warn {
            r.warnings.push(text);
        } else {
            r.oks.push(text);
        }
    };
    check_val(
        "CPU",
        a.cpu_critical as f64,
        a.cpu_warn as f64,
        vz.cpu,
        false,
    );
    check_val(
        "Memory",
        a.mem_critical as f64,
        a.mem_warn as f64,
        vz.mem as f64,
        false,
    );
    check_val(
        "Connections",
        a.conn_critical as f64,
        a.conn_warn as f64,
        vz.connections as f64,
        true,
    );
    check_val(
        "Subscriptions",
        a.subs_critical as f64,
        a.subs_warn as f64,
        vz.subscriptions as f64,
        true,
    );
    r
}

fn passwd(a: PasswdArgs) -> anyhow::Result<ExitCode> {
    if !(4..=31).contains(&a.cost) {
        bail!("bcrypt cost should be between 4 and 31");
    }
    let mut out = std::io::stdout().lock();
    let pass = match a.pass.filter(|p| !p.is_empty()) {
        Some(p) => p,
        None if a.generate => {
            let p = random_password(22);
            writeln!(out, "Generated password: {p}")?;
            p
        }
        None => ask_password()?,
    };
    if pass.chars().count() < 10 {
        bail!("password should be at least 10 characters long");
    }
    // `$2a$` as Go's golang.org/x/crypto/bcrypt writes it (nats-server accepts both).
    let hash = bcrypt::hash_with_result(&pass, a.cost)
        .context("error producing bcrypt hash")?
        .format_for_version(bcrypt::Version::TwoA);
    if a.generate {
        writeln!(out, "       bcrypt hash: {hash}")?;
    } else {
        writeln!(out, "{hash}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A random password of letters, digits and a few symbols.
fn random_password(len: usize) -> String {
    const CHARS: &[u8] =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+";
    let mut buf = vec![0u8; len];
    // The OS generator, as a password deserves; fastrand only if it fails.
    if getrandom::fill(&mut buf).is_err() {
        fastrand::fill(&mut buf);
    }
    buf.iter()
        .map(|b| char::from(CHARS[*b as usize % CHARS.len()]))
        .collect()
}

fn ask_password() -> anyhow::Result<String> {
    crate::kit::prompt::require_terminal("a password (use --pass or PASSWORD)")?;
    let first = crate::kit::prompt::ask("Enter password", None, "--pass")?;
    let second = crate::kit::prompt::ask("Re-enter password", None, "--pass")?;
    if first != second {
        bail!("entered and re-entered passwords do not match");
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perf_data_like_jsm() {
        let p = PerfData {
            name: "connect_time",
            value: 0.00123456,
            warn: 0.5,
            crit: 1.0,
            unit: "s",
        };
        assert_eq!(p.render(), "connect_time=0.0012s;0.5000;1.0000");
        let p = PerfData {
            name: "cpu",
            value: 3.4,
            warn: 0.0,
            crit: 90.0,
            unit: "%",
        };
        assert_eq!(p.render(), "cpu=3%;;90");
        let p = PerfData {
            name: "mem",
            value: 1234.0,
            warn: 0.0,
            crit: 0.0,
            unit: "",
        };
        assert_eq!(p.render(), "mem=1234");
    }

    #[test]
    fn nagios_rendering_and_codes() {
        let mut r = CheckResult::new("Connection", "connections");
        r.oks.push("rtt time 1ms".into());
        assert_eq!(r.nagios(), "OK Connection OK:rtt time 1ms");
        assert_eq!(r.status().1, 0);
        r.warnings.push("slow".into());
        r.perf.push(PerfData {
            name: "rtt",
            value: 0.001,
            warn: 0.5,
            crit: 1.0,
            unit: "s",
        });
        assert_eq!(
            r.nagios(),
            "WARNING Connection Warn:slow OK:rtt time 1ms | rtt=0.0010s;0.5000;1.0000"
        );
        assert_eq!(r.status().1, 1);
        r.criticals.push("bad".into());
        assert!(r
            .nagios()
            .starts_with("CRITICAL Connection Crit:bad Warn:slow"));
        assert_eq!(r.status().1, 2);
    }

    #[test]
    fn generated_passwords() {
        let p = random_password(22);
        assert_eq!(p.chars().count(), 22);
        assert_ne!(p, random_password(22));
    }
}
