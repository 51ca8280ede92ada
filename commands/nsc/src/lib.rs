//! rnats-nsc: the `nsc` personality — operators, accounts and users as signed JWTs, their
//! nkeys and creds, in nsc's own store layout ([`store`]), so stores made by upstream nsc work
//! here and the other way round.
//!
//! Commands follow nats-io/nsc (cobra): `init`, `env`, `add operator|account|user`,
//! `edit operator|account|user`, `delete account|user`, `describe operator|account|user|jwt`,
//! `list operators|accounts|users|keys`, `generate nkey|creds|config`, `select`,
//! `revocations add-user|delete-user|list-users`, `push`/`pull` against the nats-based
//! resolver ([`push`]). Every other nsc command is recognised and
//! refused with "not supported by rnats yet" and exit code 2. Nothing ever prompts: nsc's
//! interactive mode (`-i`) is refused too.
//!
//! Status lines go to stderr as nsc prints them (`[ OK ] ...`); tables, JSON and tokens go to
//! stdout. Errors print as `nsc: <message>` with exit code 1. Seeds are printed only by
//! `generate nkey` (that is its purpose) and by `list keys --show-seeds`.

pub mod describe;
mod gen_context;
pub mod push;
pub mod resolver_config;
mod scoped_sk;
pub mod store;
pub mod table;
pub mod timeparse;

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use rnats_proto::jwt::{
    self, AccountClaims, AnyClaims, JetStreamLimits, OperatorClaims, Permissions,
    ResponsePermission, UserClaims,
};
use rnats_proto::nkeys::{KeyPair, KeyRole};

use store::{Env, Store};

/// Exit code of a command rnats does not implement yet.
const NOT_SUPPORTED: u8 = 2;

/// nsc commands and subcommands recognised but not implemented (refused with exit code 2).
const NOT_SUPPORTED_COMMANDS: &[&str] = &[
    "expirations",
    "rename",
    "reissue",
    "import",
    "export",
    "keys",
    "fix",
    "load",
    "upgrade-jwt",
    "update",
    "migrate",
    "tool",
    "completion",
];

/// nsc: create and manage NATS operators, accounts, users, nkeys and JWTs.
#[derive(Debug, Parser)]
#[command(name = "nsc", version, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
struct Global {
    /// nsc config directory
    #[arg(long, global = true, value_name = "DIR")]
    config_dir: Option<PathBuf>,
    /// nsc data store directory
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// nsc keystore directory
    #[arg(long, global = true, value_name = "DIR")]
    keystore_dir: Option<PathBuf>,
    /// sets --config-dir, --data-dir, and --keystore-dir to the same value
    #[arg(short = 'H', long, global = true, value_name = "DIR")]
    all_dirs: Option<PathBuf>,
    /// Key used to sign. Can be specified as role (where applicable), public key (private
    /// portion is retrieved) or file path to a private key or private key
    #[arg(short = 'K', long, global = true, value_name = "KEY")]
    private_key: Option<String>,
    /// ask questions for various settings (not supported by rnats: it never prompts)
    #[arg(short = 'i', long, global = true)]
    interactive: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Creates an operator, system account, account and user in one go
    Init(InitArgs),
    /// Prints and manage the current environment
    Env(EnvArgs),
    /// Add assets such as operators, accounts and users
    Add {
        #[command(subcommand)]
        what: Box<AddCmd>,
    },
    /// Edit operator, account or user
    Edit {
        #[command(subcommand)]
        what: Box<EditCmd>,
    },
    /// Delete an account or user
    Delete {
        #[command(subcommand)]
        what: DeleteCmd,
    },
    /// Describe assets such as operators, accounts, users, and jwt files
    Describe(DescribeArgs),
    /// List assets such as operators, accounts, users and keys
    List {
        #[command(subcommand)]
        what: ListCmd,
    },
    /// Generate activations, creds, configs or nkeys
    Generate {
        #[command(subcommand)]
        what: GenerateCmd,
    },
    /// Set the current operator or account
    Select {
        #[command(subcommand)]
        what: SelectCmd,
    },
    /// Validate an operator, account(s), and users
    Validate {
        /// validate all accounts under the current operator (exclusive of -a and -f)
        #[arg(short = 'A', long = "all-accounts")]
        all_accounts: bool,
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
        /// validate all jwt in the provided file (not supported by rnats yet)
        #[arg(short = 'f', long)]
        file: Option<PathBuf>,
    },
    /// Push an account jwt to an Account JWT Server
    Push(PushArgs),
    /// Pull an operator or account jwt replacing the local jwt with the server's version
    Pull(PullArgs),
    /// Manage revocation for users and activations from an account
    Revocations {
        #[command(subcommand)]
        what: RevocationsCmd,
    },
    /// nsc commands rnats does not implement yet.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct PushArgs {
    /// push all accounts under the current operator (exclusive of -a)
    #[arg(short = 'A', long = "all")]
    all: bool,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// push regardless of validation issues
    #[arg(short = 'F', long)]
    force: bool,
    /// set account jwt server url for nsc sync (only nats urls supported by rnats)
    #[arg(short = 'u', long = "account-jwt-server-url")]
    account_jwt_server_url: Option<String>,
    /// diff accounts present in nsc env and nats-account-resolver. Mutually exclusive of
    /// account-removal/prune.
    #[arg(short = 'D', long)]
    diff: bool,
    /// prune all accounts not under the current operator. Only works with nats-resolver
    /// enabled nats-server. Mutually exclusive of account-removal/diff.
    #[arg(short = 'P', long)]
    prune: bool,
    /// remove specific account. Only works with nats-resolver enabled nats-server
    #[arg(short = 'R', long = "account-removal")]
    account_removal: Option<String>,
    /// System account for use with nats-resolver enabled nats-server. (Default is system
    /// account specified by operator)
    #[arg(long = "system-account")]
    system_account: Option<String>,
    /// System account user for use with nats-resolver enabled nats-server. (Default to
    /// temporarily generated user)
    #[arg(long = "system-user")]
    system_user: Option<String>,
    /// timeout in seconds [1-60] to wait for responses from the server
    #[arg(long, default_value_t = 1)]
    timeout: i64,
}

#[derive(Debug, Args)]
struct PullArgs {
    /// operator and all accounts under the current operator (exclusive of -a)
    #[arg(short = 'A', long = "all")]
    all: bool,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// overwrite local JWTs that are newer than remote
    #[arg(short = 'F', long = "overwrite-newer")]
    overwrite_newer: bool,
    /// System account for use with nats-resolver enabled nats-server. (Default is system
    /// account specified by operator)
    #[arg(long = "system-account")]
    system_account: Option<String>,
    /// System account user for use with nats-resolver enabled nats-server. (Default to
    /// temporarily generated user)
    #[arg(long = "system-user")]
    system_user: Option<String>,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// name used for the operator, account and user
    #[arg(short = 'n', long, default_value = "")]
    name: String,
    /// directory where the operator store is created (default: the data dir)
    #[arg(short = 'd', long = "dir")]
    dir: Option<PathBuf>,
    /// operator to import (not supported by rnats yet)
    #[arg(short = 'u', long = "url")]
    url: Option<String>,
}

#[derive(Debug, Args)]
struct EnvArgs {
    /// set the current operator
    #[arg(short = 'o', long)]
    operator: Option<String>,
    /// set the current account
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// set the store directory (not supported by rnats: use --data-dir)
    #[arg(short = 's', long)]
    store: Option<String>,
}

/// `--start` and `--expiry`.
#[derive(Debug, Clone, Args, Default)]
struct TimeArgs {
    /// valid from ('0' is always, '3d' is three days) - yyyy-mm-dd, #m(inutes), #h(ours),
    /// #d(ays), #w(eeks), #M(onths), #y(ears)
    #[arg(long)]
    start: Option<String>,
    /// valid until ('0' is always, '2M' is two months) - yyyy-mm-dd, #m(inutes), #h(ours),
    /// #d(ays), #w(eeks), #M(onths), #y(ears)
    #[arg(long)]
    expiry: Option<String>,
}

impl TimeArgs {
    fn apply(&self, data: &mut jwt::ClaimsData) -> Result<()> {
        if let Some(s) = &self.start {
            data.not_before = timeparse::parse_expiry(s)?;
        }
        if let Some(e) = &self.expiry {
            data.expires = timeparse::parse_expiry(e)?;
        }
        Ok(())
    }
}

/// Permission flags shared by users and account default permissions.
#[derive(Debug, Clone, Args, Default)]
struct PermArgs {
    /// add publish permissions - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    allow_pub: Vec<String>,
    /// add publish and subscribe permissions - comma separated list or option can be specified
    /// multiple times
    #[arg(long, value_delimiter = ',')]
    allow_pubsub: Vec<String>,
    /// add subscribe permissions - comma separated list or option can be specified multiple
    /// times
    #[arg(long, value_delimiter = ',')]
    allow_sub: Vec<String>,
    /// add deny publish permissions - comma separated list or option can be specified multiple
    /// times
    #[arg(long, value_delimiter = ',')]
    deny_pub: Vec<String>,
    /// add deny publish and subscribe permissions - comma separated list or option can be
    /// specified multiple times
    #[arg(long, value_delimiter = ',')]
    deny_pubsub: Vec<String>,
    /// add deny subscribe permissions - comma separated list or option can be specified
    /// multiple times
    #[arg(long, value_delimiter = ',')]
    deny_sub: Vec<String>,
    /// permissions to limit how often a client can publish to reply subjects [with an optional
    /// count, --allow-pub-response=n]
    #[arg(long, num_args = 0..=1, default_missing_value = "1", require_equals = true)]
    allow_pub_response: Option<i64>,
    /// the amount of time the permissions is valid - [#ms(millis) | #s(econds) | m(inutes) |
    /// h(ours)] - Default is no time limit
    #[arg(long)]
    response_ttl: Option<String>,
    /// remove publish/subscribe and deny permissions - comma separated list or option can be
    /// specified multiple times
    #[arg(long, value_delimiter = ',')]
    rm: Vec<String>,
    /// remove response settings
    #[arg(long)]
    rm_response_perms: bool,
}

fn add_unique(list: &mut Vec<String>, v: &str) {
    if !list.iter().any(|x| x == v) {
        list.push(v.to_owned());
    }
}

impl PermArgs {
    fn apply(&self, p: &mut Permissions, report: &mut Vec<String>) -> Result<()> {
        for s in &self.rm {
            for l in [
                &mut p.publish.allow,
                &mut p.publish.deny,
                &mut p.subscribe.allow,
                &mut p.subscribe.deny,
            ] {
                l.retain(|x| x != s);
            }
            report.push(format!("removed {s:?}"));
        }
        let both = |a: &Vec<String>, b: &Vec<String>| -> Vec<String> {
            a.iter().chain(b.iter()).cloned().collect()
        };
        for s in both(&self.allow_pub, &self.allow_pubsub) {
            add_unique(&mut p.publish.allow, &s);
            report.push(format!("added pub {s:?}"));
        }
        for s in both(&self.allow_sub, &self.allow_pubsub) {
            add_unique(&mut p.subscribe.allow, &s);
            report.push(format!("added sub {s:?}"));
        }
        for s in both(&self.deny_pub, &self.deny_pubsub) {
            add_unique(&mut p.publish.deny, &s);
            report.push(format!("added deny pub {s:?}"));
        }
        for s in both(&self.deny_sub, &self.deny_pubsub) {
            add_unique(&mut p.subscribe.deny, &s);
            report.push(format!("added deny sub {s:?}"));
        }
        if self.rm_response_perms {
            p.response = None;
            report.push("removed response permissions".into());
        }
        if let Some(n) = self.allow_pub_response {
            p.response
                .get_or_insert_with(ResponsePermission::default)
                .max_msgs = n;
            report.push(format!("set max responses to {n}"));
        }
        if let Some(ttl) = &self.response_ttl {
            let d = rnats_proto::kit::format::parse_duration(ttl).map_err(anyhow::Error::msg)?;
            let d = i64::try_from(d.as_nanos()).unwrap_or(i64::MAX);
            p.response
                .get_or_insert_with(ResponsePermission::default)
                .expires = d;
            report.push(format!("set response ttl to {ttl}"));
        }
        Ok(())
    }
}

#[derive(Debug, Subcommand)]
enum AddCmd {
    /// Add an operator
    Operator(AddOperatorArgs),
    /// Add an account
    Account(AddAccountArgs),
    /// Add an user to the account
    User(AddUserArgs),
    /// Add an export
    Export(AddExportArgs),
    /// Add an import
    Import(AddImportArgs),
    /// Add (or modify) a mapping entry
    Mapping(AddMappingArgs),
    /// nsc add subcommands rnats does not implement yet (signing-key, ...).
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct AddOperatorArgs {
    /// operator name
    #[arg(short = 'n', long)]
    name: String,
    /// generate a signing key with the operator
    #[arg(long)]
    generate_signing_key: bool,
    /// generate system account with the operator (if specified will be signed with signing key)
    #[arg(short = 's', long)]
    sys: bool,
    /// import from a jwt server url, file, or well known operator (not supported by rnats yet)
    #[arg(short = 'u', long)]
    url: Option<String>,
    /// on import, overwrite existing when already present
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Args)]
struct AddAccountArgs {
    /// account name
    #[arg(short = 'n', long)]
    name: String,
    /// public key identifying the account
    #[arg(short = 'k', long = "public-key")]
    public_key: Option<String>,
    /// tags for account - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    tag: Vec<String>,
    /// operator (default: the current one)
    #[arg(short = 'o', long)]
    operator: Option<String>,
    #[command(flatten)]
    perms: PermArgs,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Args)]
struct AddUserArgs {
    /// name to assign the user
    #[arg(short = 'n', long)]
    name: String,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// public key identifying the user
    #[arg(short = 'k', long = "public-key")]
    public_key: Option<String>,
    /// no connect challenge required for user
    #[arg(long)]
    bearer: bool,
    /// tags for user - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    tag: Vec<String>,
    /// source network for connection - comma separated list or option can be specified
    /// multiple times
    #[arg(long, value_delimiter = ',')]
    source_network: Vec<String>,
    #[command(flatten)]
    perms: PermArgs,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Args)]
struct AddMappingArgs {
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// map from subject (required)
    #[arg(short = 'f', long)]
    from: String,
    /// to subject (required)
    #[arg(short = 't', long)]
    to: String,
    /// weight [1-100] of this mapping entry (default: 100)
    #[arg(long, default_value_t = 0)]
    weight: u8,
    /// in which cluster this mapping should apply
    #[arg(long, default_value = "")]
    cluster: String,
}

#[derive(Debug, Args)]
struct AddExportArgs {
    /// export name
    #[arg(short = 'n', long)]
    name: Option<String>,
    /// subject
    #[arg(short = 's', long)]
    subject: String,
    /// export type service
    #[arg(short = 'r', long)]
    service: bool,
    /// private export - requires an activation to access
    #[arg(short = 'p', long)]
    private: bool,
    /// response type for the service [Singleton | Stream | Chunked] (services only)
    #[arg(long, default_value = "Singleton")]
    response_type: String,
    /// subject token position where account is expected (public exports only)
    #[arg(long, default_value_t = 0)]
    account_token_position: u32,
    /// advertise export
    #[arg(long)]
    advertise: bool,
    /// allow trace requests
    #[arg(long)]
    allow_trace: bool,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
}

#[derive(Debug, Args)]
struct AddImportArgs {
    /// import name
    #[arg(short = 'n', long)]
    name: Option<String>,
    /// path to token file (private imports only)
    #[arg(short = 'u', long)]
    token: Option<PathBuf>,
    /// local subject
    #[arg(short = 's', long = "local-subject")]
    local_subject: Option<String>,
    /// the exporting account's public key
    #[arg(long = "src-account")]
    src_account: Option<String>,
    /// remote subject (only public imports)
    #[arg(long = "remote-subject")]
    remote_subject: Option<String>,
    /// service
    #[arg(long)]
    service: bool,
    /// share data when tracking latency (service only)
    #[arg(long)]
    share: bool,
    /// allow trace requests
    #[arg(long)]
    allow_trace: bool,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
}

#[derive(Debug, Subcommand)]
enum EditCmd {
    /// Edit the operator
    Operator(Box<EditOperatorArgs>),
    /// Edit an account
    Account(Box<EditAccountArgs>),
    /// Edit an user
    User(Box<EditUserArgs>),
    /// Edit a scoped signing key or promote a signing key to be scoped
    SigningKey(Box<scoped_sk::EditSigningKeyArgs>),
    /// nsc edit subcommands rnats does not implement yet.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct EditOperatorArgs {
    /// add an operator service url for nsc where clients can access the NATS service
    #[arg(long = "service-url", value_delimiter = ',')]
    service_url: Vec<String>,
    /// remove an operator service url
    #[arg(long = "rm-service-url", value_delimiter = ',')]
    rm_service_url: Vec<String>,
    /// set account jwt server url for nsc sync (only http/https or nats service urls)
    #[arg(short = 'u', long = "account-jwt-server-url")]
    account_jwt_server_url: Option<String>,
    /// clear account jwt server url
    #[arg(long = "rm-account-jwt-server-url")]
    rm_account_jwt_server_url: bool,
    /// set system account by account by public key or name
    #[arg(long)]
    system_account: Option<String>,
    /// require accounts/user to be signed with a signing key
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    require_signing_keys: Option<bool>,
    /// add signing key for the operator - "generate" generates one
    #[arg(long = "sk", value_delimiter = ',')]
    sk: Vec<String>,
    /// remove signing key
    #[arg(long = "rm-sk", value_delimiter = ',')]
    rm_sk: Vec<String>,
    /// add tags for user - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    tag: Vec<String>,
    /// remove tag - comma separated list or option can be specified multiple times
    #[arg(long = "rm-tag", value_delimiter = ',')]
    rm_tag: Vec<String>,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Args)]
struct EditAccountArgs {
    /// account to edit
    #[arg(short = 'n', long)]
    name: Option<String>,
    /// set maximum active connections for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    conns: Option<String>,
    /// set maximum active leaf node connections for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    leaf_conns: Option<String>,
    /// set maximum subscription for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    subscriptions: Option<String>,
    /// set maximum message payload in bytes for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    payload: Option<String>,
    /// set maximum data in bytes for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    data: Option<String>,
    /// set maximum number of imports for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    imports: Option<String>,
    /// set maximum number of exports for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    exports: Option<String>,
    /// exports can contain wildcards
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    wildcard_exports: Option<bool>,
    /// require user jwt to not be bearer token
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    disallow_bearer: Option<bool>,
    /// set maximum memory storage in bytes for the account (-1 is unlimited / 0 disabled)
    #[arg(long, allow_hyphen_values = true)]
    js_mem_storage: Option<String>,
    /// set maximum disk storage in bytes for the account (-1 is unlimited / 0 disabled)
    #[arg(long, allow_hyphen_values = true)]
    js_disk_storage: Option<String>,
    /// set maximum streams for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    js_streams: Option<String>,
    /// set maximum consumer for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    js_consumer: Option<String>,
    /// set maximum ack pending limit for the account (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    js_max_ack_pending: Option<String>,
    /// set maximum size of a memory stream for the account (-1 is unlimited / 0 disabled)
    #[arg(long, allow_hyphen_values = true)]
    js_max_mem_stream: Option<String>,
    /// set maximum size of a disk stream for the account (-1 is unlimited / 0 disabled)
    #[arg(long, allow_hyphen_values = true)]
    js_max_disk_stream: Option<String>,
    /// required max bytes for streams of this account
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    js_max_bytes_required: Option<bool>,
    /// JetStream: replica tier the limits apply to (0 untiered, 1 for R1, 3 for R3)
    #[arg(long, default_value_t = 0)]
    js_tier: u8,
    /// enables JetStream for the specified tier (0 untiered with unlimited storage)
    #[arg(long)]
    js_enable: Option<u8>,
    /// disables all JetStream limits in the account by deleting any limits
    #[arg(long)]
    js_disable: bool,
    /// remove tiered limits for the tier specified
    #[arg(long)]
    rm_js_tier: Option<u8>,
    /// add signing key for the account - "generate" generates one
    #[arg(long = "sk", value_delimiter = ',')]
    sk: Vec<String>,
    /// remove signing key
    #[arg(long = "rm-sk", value_delimiter = ',')]
    rm_sk: Vec<String>,
    /// description for this account
    #[arg(long)]
    description: Option<String>,
    /// link for more info on this account
    #[arg(long)]
    info_url: Option<String>,
    /// add tags for user - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    tag: Vec<String>,
    /// remove tag - comma separated list or option can be specified multiple times
    #[arg(long = "rm-tag", value_delimiter = ',')]
    rm_tag: Vec<String>,
    #[command(flatten)]
    perms: PermArgs,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Args)]
struct EditUserArgs {
    /// user name
    #[arg(short = 'n', long)]
    name: Option<String>,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// no connect challenge required for user
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    bearer: Option<bool>,
    /// add connection types: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS
    #[arg(long = "conn-type", value_delimiter = ',')]
    conn_type: Vec<String>,
    /// remove connection types
    #[arg(long = "rm-conn-type", value_delimiter = ',')]
    rm_conn_type: Vec<String>,
    /// add source network for connection
    #[arg(long, value_delimiter = ',')]
    source_network: Vec<String>,
    /// remove source network for connection
    #[arg(long = "rm-source-network", value_delimiter = ',')]
    rm_source_network: Vec<String>,
    /// add start-end time range of the form "15:04:05-15:04:05" (option can be specified
    /// multiple times)
    #[arg(long = "time")]
    time_range: Vec<String>,
    /// remove start-end time by start time "15:04:05" (option can be specified multiple times)
    #[arg(long = "rm-time", value_delimiter = ',')]
    rm_time: Vec<String>,
    /// set the locale with which time values are interpreted
    #[arg(long)]
    locale: Option<String>,
    /// set maximum number of subscriptions (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    subs: Option<String>,
    /// set maximum data in bytes for the user (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    data: Option<String>,
    /// set maximum message payload in bytes for the user (-1 is unlimited)
    #[arg(long, allow_hyphen_values = true)]
    payload: Option<String>,
    /// add tags for user - comma separated list or option can be specified multiple times
    #[arg(long, value_delimiter = ',')]
    tag: Vec<String>,
    /// remove tag - comma separated list or option can be specified multiple times
    #[arg(long = "rm-tag", value_delimiter = ',')]
    rm_tag: Vec<String>,
    #[command(flatten)]
    perms: PermArgs,
    #[command(flatten)]
    time: TimeArgs,
}

#[derive(Debug, Subcommand)]
enum DeleteCmd {
    /// Delete an account and its users
    Account(DeleteAccountArgs),
    /// Delete a user
    User(DeleteUserArgs),
    /// nsc delete subcommands rnats does not implement yet.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct DeleteAccountArgs {
    /// name of account to delete
    #[arg(short = 'n', long)]
    name: String,
    /// remove the account's and users' nkeys from the keystore
    #[arg(short = 'D', long = "rm-nkey")]
    rm_nkey: bool,
    /// remove the users' creds files
    #[arg(short = 'C', long = "rm-creds")]
    rm_creds: bool,
}

#[derive(Debug, Args)]
struct DeleteUserArgs {
    /// name of user to delete
    #[arg(short = 'n', long)]
    name: String,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// revoke the user before deleting it
    #[arg(short = 'R', long)]
    revoke: bool,
    /// remove the user's nkey from the keystore
    #[arg(short = 'D', long = "rm-nkey")]
    rm_nkey: bool,
    /// remove the user's creds file
    #[arg(short = 'C', long = "rm-creds")]
    rm_creds: bool,
}

#[derive(Debug, Args)]
struct DescribeArgs {
    /// display JWT body as JSON
    #[arg(short = 'J', long, global = true)]
    json: bool,
    /// output the raw JWT (exclusive of long-ids)
    #[arg(short = 'R', long, global = true)]
    raw: bool,
    /// display account ids on imports
    #[arg(short = 'W', long = "long-ids", global = true)]
    long_ids: bool,
    #[command(subcommand)]
    what: DescribeCmd,
}

#[derive(Debug, Subcommand)]
enum DescribeCmd {
    /// Describes the operator
    Operator {
        /// operator name
        #[arg(short = 'n', long)]
        name: Option<String>,
    },
    /// Describes an account
    Account {
        /// account name
        #[arg(short = 'n', long)]
        name: Option<String>,
    },
    /// Describes an user
    User {
        /// user name
        #[arg(short = 'n', long)]
        name: Option<String>,
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
    },
    /// Describe a jwt/creds file
    Jwt {
        /// a token file (jwt or creds)
        #[arg(short = 'f', long)]
        file: PathBuf,
        /// output file, '--' is stdout
        #[arg(short = 'o', long = "output-file", default_value = "--")]
        output_file: String,
    },
}

#[derive(Debug, Subcommand)]
enum ListCmd {
    /// List operators
    Operators {
        /// display as JSON
        #[arg(short = 'J', long)]
        json: bool,
    },
    /// List accounts
    Accounts {
        /// display as JSON
        #[arg(short = 'J', long)]
        json: bool,
    },
    /// List users
    Users {
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
        /// display as JSON
        #[arg(short = 'J', long)]
        json: bool,
    },
    /// List keys
    Keys(ListKeysArgs),
}

#[derive(Debug, Args)]
struct ListKeysArgs {
    /// show operator keys
    #[arg(short = 'o', long)]
    operator: bool,
    /// show account keys
    #[arg(short = 'a', long)]
    accounts: bool,
    /// show user keys
    #[arg(short = 'u', long)]
    users: bool,
    /// show all keys
    #[arg(short = 'A', long)]
    all: bool,
    /// show seeds
    #[arg(short = 'S', long)]
    show_seeds: bool,
    /// show keys in the keystore not referenced by the store
    #[arg(long = "not-referenced")]
    not_referenced: bool,
    /// account name (keys of one account)
    #[arg(long)]
    account: Option<String>,
}

#[derive(Debug, Subcommand)]
enum GenerateCmd {
    /// Generates an nkey
    Nkey(GenerateNkeyArgs),
    /// Generate a credentials file for an user
    Creds {
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
        /// user name
        #[arg(short = 'n', long)]
        name: Option<String>,
        /// output file, '--' is stdout
        #[arg(short = 'o', long = "output-file", default_value = "--")]
        output_file: String,
    },
    /// Generate a server config
    Config(GenerateConfigArgs),
    /// Generate an export activation jwt token
    Activation {
        /// account name (the exporter)
        #[arg(short = 'a', long)]
        account: Option<String>,
        /// export subject
        #[arg(short = 's', long)]
        subject: String,
        /// the importing account's public key
        #[arg(short = 't', long = "target-account")]
        target_account: String,
        /// output file '--' is stdout
        #[arg(short = 'o', long = "output-file", default_value = "--")]
        output_file: String,
        /// push activation token to operator's account server (not supported by rnats yet)
        #[arg(long)]
        push: bool,
    },
    /// Generate nats cli user context
    Context {
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
        /// user name
        #[arg(short = 'u', long)]
        user: Option<String>,
        /// context name
        #[arg(long)]
        context: Option<String>,
    },
    /// nsc generate subcommands rnats does not implement yet.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct GenerateNkeyArgs {
    /// operator
    #[arg(short = 'o', long)]
    operator: bool,
    /// account
    #[arg(short = 'a', long)]
    account: bool,
    /// user
    #[arg(short = 'u', long)]
    user: bool,
    /// curve
    #[arg(short = 'x', long)]
    curve: bool,
    /// store in the keystore
    #[arg(short = 'S', long)]
    store: bool,
}

#[derive(Debug, Args)]
struct GenerateConfigArgs {
    /// generates a memory resolver config
    #[arg(long)]
    mem_resolver: bool,
    /// generates a full nats resolver config
    #[arg(long)]
    nats_resolver: bool,
    /// generates a cache nats resolver config
    #[arg(long)]
    nats_resolver_cache: bool,
    /// generates an nkey configuration (not supported by rnats yet)
    #[arg(long)]
    nkey: bool,
    /// output configuration file, '--' is standard output
    #[arg(long = "config-file", default_value = "--")]
    config_file: String,
    /// directory for the memory resolver's JWT files
    #[arg(long)]
    dir: Option<PathBuf>,
    /// system account name
    #[arg(long = "sys-account")]
    sys_account: Option<String>,
    /// the operator (default: the current one)
    #[arg(short = 'o', long)]
    operator: Option<String>,
}

#[derive(Debug, Subcommand)]
enum SelectCmd {
    /// Select the current operator
    Operator {
        /// operator name
        name: String,
    },
    /// Select the current account
    Account {
        /// account name
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum RevocationsCmd {
    /// Revoke a user
    AddUser(RevokeUserArgs),
    /// Remove a user revocation
    DeleteUser(RevokeUserArgs),
    /// List users revoked in an account
    ListUsers {
        /// account name
        #[arg(short = 'a', long)]
        account: Option<String>,
    },
    /// nsc revocations subcommands rnats does not implement yet.
    #[command(external_subcommand)]
    Other(Vec<OsString>),
}

#[derive(Debug, Args)]
struct RevokeUserArgs {
    /// user name
    #[arg(short = 'n', long)]
    name: Option<String>,
    /// user public key (or '*' for all users)
    #[arg(short = 'u', long = "user-public-key")]
    user_public_key: Option<String>,
    /// account name
    #[arg(short = 'a', long)]
    account: Option<String>,
    /// revokes user JWTs issued at or before this time (default now) - unix seconds or RFC3339
    #[arg(long)]
    at: Option<String>,
}

/// The clap definition (help, man page, completions).
pub fn command() -> clap::Command {
    // As cobra shows nsc's persistent flags: under "Global Flags", after a command's own.
    let mut cmd = Cli::command();
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        cmd = cmd.mut_arg(id, |a| a.help_heading("Global Flags"));
    }
    cmd
}

/// Runs nsc with `args` (program name first).
pub fn run(args: Vec<OsString>) -> ExitCode {
    let matches = match command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 1 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::FAILURE;
        }
    };
    match execute(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("nsc: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn not_supported(what: &str) -> ExitCode {
    eprintln!("nsc: '{what}' is not supported by rnats yet");
    ExitCode::from(NOT_SUPPORTED)
}

fn other(prefix: &str, args: &[OsString]) -> ExitCode {
    let name = args
        .first()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_default();
    let full = if prefix.is_empty() {
        name.clone()
    } else {
        format!("{prefix} {name}")
    };
    if prefix.is_empty() && !NOT_SUPPORTED_COMMANDS.contains(&name.as_str()) {
        eprintln!("nsc: unknown command {name:?} - run 'nsc --help' for usage");
        return ExitCode::FAILURE;
    }
    not_supported(&full)
}

/// Collected `[ OK ]` status lines, printed to stderr.
fn ok(msg: impl AsRef<str>) {
    eprintln!("[ OK ] {}", msg.as_ref());
}

fn out(text: &str) -> Result<()> {
    let mut o = std::io::stdout().lock();
    o.write_all(text.as_bytes())?;
    o.flush()?;
    Ok(())
}

fn execute(cli: Cli) -> Result<ExitCode> {
    let g = cli.global;
    if g.interactive {
        bail!("interactive mode (-i) is not supported by rnats: pass the values as flags");
    }
    let dirs = store::Dirs::resolve(
        g.all_dirs.as_deref(),
        g.config_dir.as_deref(),
        g.data_dir.as_deref(),
        g.keystore_dir.as_deref(),
    );
    let mut env = Env::load(dirs)?;
    let signer = g.private_key.as_deref();
    match cli.command {
        Command::Init(a) => init(&mut env, a)?,
        Command::Env(a) => env_cmd(&mut env, a)?,
        Command::Add { what } => match *what {
            AddCmd::Operator(a) => add_operator(&mut env, a, signer)?,
            AddCmd::Account(a) => add_account(&mut env, a, signer)?,
            AddCmd::User(a) => add_user(&mut env, a, signer)?,
            AddCmd::Export(a) => add_export(&env, a, signer)?,
            AddCmd::Import(a) => add_import(&env, a, signer)?,
            AddCmd::Mapping(a) => add_mapping(&env, a, signer)?,
            AddCmd::Other(args) => return Ok(other("add", &args)),
        },
        Command::Edit { what } => match *what {
            EditCmd::Operator(a) => edit_operator(&env, *a, signer)?,
            EditCmd::Account(a) => edit_account(&env, *a, signer)?,
            EditCmd::User(a) => edit_user(&env, *a, signer)?,
            EditCmd::SigningKey(a) => scoped_sk::edit_signing_key(&env, *a, signer)?,
            EditCmd::Other(args) => return Ok(other("edit", &args)),
        },
        Command::Delete { what } => match what {
            DeleteCmd::Account(a) => delete_account(&mut env, a, signer)?,
            DeleteCmd::User(a) => delete_user(&env, a, signer)?,
            DeleteCmd::Other(args) => return Ok(other("delete", &args)),
        },
        Command::Describe(a) => describe_cmd(&env, a)?,
        Command::List { what } => list(&env, what)?,
        Command::Generate { what } => match what {
            GenerateCmd::Nkey(a) => generate_nkey(&env, a)?,
            GenerateCmd::Creds {
                account,
                name,
                output_file,
            } => generate_creds(&env, account, name, &output_file)?,
            GenerateCmd::Activation {
                account,
                subject,
                target_account,
                output_file,
                push,
            } => {
                if push {
                    return Ok(not_supported("generate activation --push"));
                }
                generate_activation(
                    &env,
                    account,
                    &subject,
                    &target_account,
                    &output_file,
                    signer,
                )?
            }
            GenerateCmd::Config(a) => {
                if a.nkey {
                    return Ok(not_supported("generate config --nkey"));
                }
                generate_config(&env, a)?
            }
            GenerateCmd::Context {
                account,
                user,
                context,
            } => gen_context::generate_context(&env, account, user, context)?,
            GenerateCmd::Other(args) => return Ok(other("generate", &args)),
        },
        Command::Select { what } => select(&mut env, what)?,
        Command::Validate {
            all_accounts,
            account,
            file,
        } => {
            if file.is_some() {
                return Ok(not_supported("validate --file"));
            }
            validate(&env, all_accounts, account)?
        }
        Command::Push(a) => push::push(
            &env,
            push::PushRequest {
                all: a.all,
                account: a.account,
                url: a.account_jwt_server_url,
                system_account: a.system_account,
                system_user: a.system_user,
                remove: a.account_removal,
                force: a.force,
                prune: a.prune,
                diff: a.diff,
                timeout: a.timeout,
            },
        )?,
        Command::Pull(a) => push::pull(
            &env,
            push::PullRequest {
                all: a.all,
                account: a.account,
                overwrite: a.overwrite_newer,
                system_account: a.system_account,
                system_user: a.system_user,
            },
        )?,
        Command::Revocations { what } => match what {
            RevocationsCmd::AddUser(a) => revoke_user(&env, a, true, signer)?,
            RevocationsCmd::DeleteUser(a) => revoke_user(&env, a, false, signer)?,
            RevocationsCmd::ListUsers { account } => list_revocations(&env, account)?,
            RevocationsCmd::Other(args) => return Ok(other("revocations", &args)),
        },
        Command::Other(args) => return Ok(other("", &args)),
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------------------------------------
// add / init

/// Creates an operator store; returns it with the operator key.
fn create_operator(
    env: &mut Env,
    name: &str,
    sys: bool,
    signing_key: bool,
    time: &TimeArgs,
) -> Result<Store> {
    let st = env.create_store(name)?;
    let op_kp = store::new_stored_key(&st.keys, KeyRole::Operator)?;
    ok(format!(
        "generated and stored operator key {:?}",
        op_kp.public_key()
    ));
    let mut oc = OperatorClaims::new(&op_kp.public_key());
    oc.data.name = name.to_owned();
    time.apply(&mut oc.data)?;
    let mut sys_signer = KeyPair::from_seed(&op_kp.seed())?;
    if signing_key {
        sys_signer = store::new_stored_key(&st.keys, KeyRole::Operator)?;
        oc.nats.signing_keys.push(sys_signer.public_key());
    }
    let mut sys_info = None;
    if sys {
        let (acc_pub, user_pub, creds) = create_account_and_user(&st, "SYS", "sys", &sys_signer)?;
        oc.nats.system_account = acc_pub.clone();
        sys_info = Some((acc_pub, user_pub, creds));
    }
    st.write_operator(&oc.encode(&op_kp)?)?;
    ok(format!("added operator {name:?}"));
    ok("When running your own nats-server, make sure they run at least version 2.2.0");
    if signing_key {
        ok(format!(
            "created operator signing key: {}",
            sys_signer.public_key()
        ));
    }
    if let Some((acc, user, creds)) = sys_info {
        ok(format!("created system_account: name:SYS id:{acc}"));
        ok(format!("created system account user: name:sys id:{user}"));
        ok(format!(
            "system account user creds file stored in `{}`",
            creds.display()
        ));
    }
    env.config.operator = name.to_owned();
    env.config.account.clear();
    env.save()?;
    Ok(st)
}

/// Creates account `acc` signed by `signer` with user `user`, writing JWTs, keys and creds.
fn create_account_and_user(
    st: &Store,
    acc: &str,
    user: &str,
    signer: &KeyPair,
) -> Result<(String, String, PathBuf)> {
    let acc_kp = store::new_stored_key(&st.keys, KeyRole::Account)?;
    let mut ac = AccountClaims::new_account(&acc_kp.public_key());
    ac.data.name = acc.to_owned();
    // nsc's system account (`createSystemAccount`) has a signing key that signs its user, and
    // exports account monitoring for other accounts to import.
    let user_signer = if acc == "SYS" {
        add_system_exports(&mut ac);
        let sk = store::new_stored_key(&st.keys, KeyRole::Account)?;
        ac.nats.signing_keys.add(&sk.public_key());
        sk
    } else {
        KeyPair::from_seed(&acc_kp.seed())?
    };
    st.write_account(acc, &ac.encode(signer)?)?;
    let user_kp = store::new_stored_key(&st.keys, KeyRole::User)?;
    let mut uc = UserClaims::new_user(&user_kp.public_key());
    uc.data.name = user.to_owned();
    if user_signer.public_key() != acc_kp.public_key() {
        uc.nats.issuer_account = acc_kp.public_key();
    }
    let token = uc.encode(&user_signer)?;
    st.write_user(acc, user, &token)?;
    let creds = write_creds(st, acc, user, &token, &user_kp)?;
    Ok((acc_kp.public_key(), user_kp.public_key(), creds))
}

/// The service exports nsc gives a system account (`$SYS.REQ.ACCOUNT.*.*`, `$SYS.REQ.SERVER.*.*`
/// style monitoring for other accounts to import).
fn add_system_exports(ac: &mut AccountClaims) {
    use jwt::{Export, ExportType, Info};
    let svc = |name: &str, subject: &str, token_pos: u32, desc: &str| Export {
        name: name.into(),
        subject: subject.into(),
        export_type: Some(ExportType::Service),
        response_type: "Stream".into(),
        account_token_position: token_pos,
        info: Info {
            description: desc.into(),
            info_url: "https://docs.nats.io/nats-server/configuration/sys_accounts".into(),
        },
        ..Export::default()
    };
    ac.nats.exports = vec![
        svc(
            "account-monitoring-services",
            "$SYS.REQ.ACCOUNT.*.*",
            4,
            "Request account specific monitoring services for: SUBSZ, CONNZ, LEAFZ, JSZ and INFO",
        ),
        Export {
            name: "account-monitoring-streams".into(),
            subject: "$SYS.ACCOUNT.*.>".into(),
            export_type: Some(jwt::ExportType::Stream),
            account_token_position: 3,
            info: Info {
                description: "Account specific monitoring stream".into(),
                info_url: "https://docs.nats.io/nats-server/configuration/sys_accounts".into(),
            },
            ..Export::default()
        },
    ];
}

fn write_creds(
    st: &Store,
    account: &str,
    user: &str,
    token: &str,
    kp: &KeyPair,
) -> Result<PathBuf> {
    let text = jwt::format_user_config(token, &kp.seed())?;
    let path = st.keys.creds_path(&st.name, account, user);
    store::write_file(&path, text.as_bytes(), 0o600)?;
    Ok(path)
}

fn init(env: &mut Env, a: InitArgs) -> Result<()> {
    if a.url.is_some() {
        bail!("'init --url' (importing an operator) is not supported by rnats yet");
    }
    if a.dir.is_some() {
        bail!("'init --dir' is not supported by rnats yet: use --data-dir");
    }
    let name = if a.name.is_empty() {
        bail!("a name is required: nsc init -n NAME");
    } else {
        a.name
    };
    let st = create_operator(env, &name, true, false, &TimeArgs::default())?;
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, None)?;
    let (acc, user, creds) = create_account_and_user(&st, &name, &name, &op_kp)?;
    ok(format!("created account {name:?} ({acc})"));
    ok(format!("created user {name:?} ({user})"));
    ok(format!(
        "project jwt files created in `{}`",
        env.dirs.data.display()
    ));
    ok(format!("user creds file stored in `{}`", creds.display()));
    env.config.operator = name.clone();
    env.config.account = name;
    env.save()?;
    Ok(())
}

fn add_operator(env: &mut Env, a: AddOperatorArgs, signer: Option<&str>) -> Result<()> {
    if a.url.is_some() {
        bail!("'add operator --url' (importing an operator) is not supported by rnats yet");
    }
    if signer.is_some() {
        bail!("'add operator -K' is not supported by rnats yet: a new operator key is generated");
    }
    let _ = a.force;
    create_operator(env, &a.name, a.sys, a.generate_signing_key, &a.time)?;
    Ok(())
}

fn add_account(env: &mut Env, a: AddAccountArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(a.operator.as_deref())?;
    let name = store::safe_name(&a.name)?.to_owned();
    if st.account_path(&name).exists() {
        bail!("the account {name:?} already exists");
    }
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, signer)?;
    let acc_pub = match &a.public_key {
        Some(k) => public_or_seed(&st, k, KeyRole::Account)?,
        None => {
            let kp = store::new_stored_key(&st.keys, KeyRole::Account)?;
            ok(format!(
                "generated and stored account key {:?}",
                kp.public_key()
            ));
            kp.public_key()
        }
    };
    let mut ac = AccountClaims::new_account(&acc_pub);
    ac.data.name = name.clone();
    ac.nats.generic.add_tags(a.tag.iter().map(String::as_str));
    let mut report = Vec::new();
    a.perms
        .apply(&mut ac.nats.default_permissions, &mut report)?;
    a.time.apply(&mut ac.data)?;
    st.write_account(&name, &ac.encode(&op_kp)?)?;
    ok(format!("added account {name:?}"));
    env.config.operator = st.name.clone();
    env.config.account = name;
    env.save()?;
    Ok(())
}

/// `-k`: a public key of `role`, or a seed (stored) of that role; returns the public key.
fn public_or_seed(st: &Store, value: &str, role: KeyRole) -> Result<String> {
    if let Ok(kp) = KeyPair::from_seed(value) {
        if kp.role() != role {
            bail!("specified key is not valid for an {}", role_name(role));
        }
        st.keys.store(&kp)?;
        return Ok(kp.public_key());
    }
    match rnats_proto::nkeys::decode_public(value) {
        Ok((r, _)) if r == role => Ok(value.to_owned()),
        Ok(_) => bail!("specified key is not valid for an {}", role_name(role)),
        Err(_) => bail!("{value:?} is not a valid nkey"),
    }
}

fn role_name(role: KeyRole) -> &'static str {
    match role {
        KeyRole::Operator => "operator",
        KeyRole::Account => "account",
        KeyRole::User => "user",
        KeyRole::Server => "server",
        KeyRole::Cluster => "cluster",
        KeyRole::Curve => "curve",
    }
}

fn add_user(env: &mut Env, a: AddUserArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let name = store::safe_name(&a.name)?.to_owned();
    if st.user_path(&account, &name).exists() {
        bail!("the user {name:?} already exists");
    }
    let ac = st.account(&account)?;
    let acc_kp = st.account_signer(&ac, signer)?;
    let (user_pub, user_kp) = match &a.public_key {
        Some(k) => {
            let pk = public_or_seed(&st, k, KeyRole::User)?;
            let kp = st.keys.get(&pk);
            (pk, kp)
        }
        None => {
            let kp = store::new_stored_key(&st.keys, KeyRole::User)?;
            ok(format!(
                "generated and stored user key {:?}",
                kp.public_key()
            ));
            (kp.public_key(), Some(kp))
        }
    };
    let mut uc = UserClaims::new_user(&user_pub);
    uc.data.name = name.clone();
    if acc_kp.public_key() != ac.data.subject {
        uc.nats.issuer_account = ac.data.subject.clone();
    }
    // A scoped key's users carry no permissions or limits of their own (jwt `SetScoped`).
    let scoped = matches!(
        ac.nats.signing_keys.0.get(&acc_kp.public_key()),
        Some(Some(_))
    );
    if scoped {
        uc.nats.perms = jwt::UserPermissionLimits::default();
    }
    let p = &mut uc.nats.perms;
    p.bearer_token = a.bearer;
    if a.bearer && ac.nats.limits.account.disallow_bearer {
        bail!("account {account:?} disallows bearer token");
    }
    for s in &a.source_network {
        add_unique(&mut p.limits.src, s);
    }
    let mut report = Vec::new();
    a.perms.apply(&mut p.permissions, &mut report)?;
    if scoped && *p != jwt::UserPermissionLimits::default() {
        bail!("scoped users require no permissions or limits set");
    }
    uc.nats.generic.add_tags(a.tag.iter().map(String::as_str));
    a.time.apply(&mut uc.data)?;
    let token = uc.encode(&acc_kp)?;
    st.write_user(&account, &name, &token)?;
    match user_kp {
        Some(kp) => {
            let path = write_creds(&st, &account, &name, &token, &kp)?;
            ok(format!("generated user creds file `{}`", path.display()));
        }
        None => ok("skipped generating creds file - user private key is not available"),
    }
    ok(format!("added user {name:?} to account {account:?}"));
    Ok(())
}

fn sign_account(
    st: &Store,
    name: &str,
    ac: &mut AccountClaims,
    signer: Option<&str>,
) -> Result<()> {
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, signer)?;
    st.write_account(name, &ac.encode(&op_kp)?)
}

fn add_export(env: &Env, a: AddExportArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let mut ac = st.account(&account)?;
    if !rnats_proto::subject::is_valid_subject(a.subject.as_bytes()) {
        bail!("{:?} is not a valid subject", a.subject);
    }
    if ac.nats.exports.iter().any(|e| e.subject == a.subject) {
        bail!("export subject {:?} already exported", a.subject);
    }
    let kind = if a.service {
        jwt::ExportType::Service
    } else {
        jwt::ExportType::Stream
    };
    let response_type = if a.service {
        match a.response_type.as_str() {
            "Singleton" => String::new(),
            "Stream" | "Chunked" => a.response_type.clone(),
            other => bail!("invalid response type {other:?}: Singleton, Stream or Chunked"),
        }
    } else {
        String::new()
    };
    ac.nats.exports.push(jwt::Export {
        name: a.name.clone().unwrap_or_else(|| a.subject.clone()),
        subject: a.subject.clone(),
        export_type: Some(kind),
        token_req: a.private,
        response_type,
        account_token_position: a.account_token_position,
        advertise: a.advertise,
        allow_trace: a.allow_trace,
        ..jwt::Export::default()
    });
    sign_account(&st, &account, &mut ac, signer)?;
    let what = if a.private { "private" } else { "public" };
    let kind = if a.service { "service" } else { "stream" };
    ok(format!(
        "added {what} {kind} export {:?}",
        a.name.unwrap_or(a.subject)
    ));
    Ok(())
}

/// `nsc add mapping` (nsc `addmapping.go`): adds a weighted destination to the account's
/// mapping of `--from`, replacing the entry with the same subject and cluster.
fn add_mapping(env: &Env, a: AddMappingArgs, signer: Option<&str>) -> Result<()> {
    if a.from.is_empty() {
        bail!("from subject is required");
    }
    if a.to.is_empty() {
        bail!("to subject is required");
    }
    if a.weight > 100 {
        bail!(
            "mapping validation failed: Mapping {:?} has a weight {} above 100",
            a.from,
            a.weight
        );
    }
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let mut ac = st.account(&account)?;
    let entry = jwt::WeightedMapping {
        subject: a.to.clone(),
        weight: a.weight,
        cluster: a.cluster.clone(),
    };
    let list = ac.nats.mappings.entry(a.from.clone()).or_default();
    match list
        .iter_mut()
        .find(|w| w.subject == entry.subject && w.cluster == entry.cluster)
    {
        Some(w) => *w = entry,
        None => list.push(entry),
    }
    let total: u32 = list
        .iter()
        .filter(|w| w.cluster == a.cluster)
        .map(|w| {
            if w.weight == 0 {
                100
            } else {
                u32::from(w.weight)
            }
        })
        .sum();
    if total > 100 {
        bail!(
            "mapping validation failed: Mapping {:?} exceeds 100% among all of it's weighted to mappings",
            a.from
        );
    }
    sign_account(&st, &account, &mut ac, signer)?;
    let weight = if a.weight == 0 { 100 } else { a.weight };
    ok(format!(
        "added mapping {} -> {}, weight {weight}%",
        a.from, a.to
    ));
    Ok(())
}

fn add_import(env: &Env, a: AddImportArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let mut ac = st.account(&account)?;
    let (src, remote, service, token) = match &a.token {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let token = store::token_from_text(&text)?;
            let act = jwt::ActivationClaims::decode(&token)?;
            if act.data.subject != ac.data.subject {
                bail!("activation is not for account {account:?}");
            }
            let src = if act.nats.issuer_account.is_empty() {
                act.data.issuer.clone()
            } else {
                act.nats.issuer_account.clone()
            };
            let service = act.nats.import_type == Some(jwt::ExportType::Service);
            (src, act.nats.import_subject.clone(), service, token)
        }
        None => {
            let src = a
                .src_account
                .clone()
                .ok_or_else(|| anyhow!("--src-account is required for public imports"))?;
            if !rnats_proto::nkeys::is_valid_public_key(&src, Some(KeyRole::Account)) {
                bail!("{src:?} is not a valid account public key");
            }
            let remote = a
                .remote_subject
                .clone()
                .ok_or_else(|| anyhow!("--remote-subject is required for public imports"))?;
            (src, remote, a.service, String::new())
        }
    };
    if src == ac.data.subject {
        bail!("an account cannot import from itself");
    }
    ac.nats.imports.push(jwt::Import {
        name: a.name.clone().unwrap_or_else(|| remote.clone()),
        subject: remote.clone(),
        account: src,
        token,
        local_subject: a.local_subject.clone().unwrap_or_default(),
        import_type: Some(if service {
            jwt::ExportType::Service
        } else {
            jwt::ExportType::Stream
        }),
        share: a.share,
        allow_trace: a.allow_trace,
        ..jwt::Import::default()
    });
    sign_account(&st, &account, &mut ac, signer)?;
    let kind = if service { "service" } else { "stream" };
    ok(format!("added {kind} import {remote:?}"));
    Ok(())
}

fn generate_activation(
    env: &Env,
    account: Option<String>,
    subject: &str,
    target: &str,
    output: &str,
    signer: Option<&str>,
) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(account.as_deref(), &env.config.account)?;
    let ac = st.account(&account)?;
    if !rnats_proto::nkeys::is_valid_public_key(target, Some(KeyRole::Account)) {
        bail!("{target:?} is not a valid account public key");
    }
    let export = ac
        .nats
        .exports
        .iter()
        .find(|e| rnats_proto::subject::is_subset(subject.as_bytes(), e.subject.as_bytes()))
        .ok_or_else(|| anyhow!("account {account:?} has no export matching {subject:?}"))?;
    if !export.token_req {
        bail!(
            "export {:?} is public and needs no activation",
            export.subject
        );
    }
    let kp = st.account_signer(&ac, signer)?;
    let mut act = jwt::ActivationClaims::new(target);
    act.data.name = subject.to_owned();
    act.nats.import_subject = subject.to_owned();
    act.nats.import_type = export.export_type;
    if kp.public_key() != ac.data.subject {
        act.nats.issuer_account = ac.data.subject.clone();
    }
    let token = act.encode(&kp)?;
    let text = jwt::decorate_jwt("activation", &token);
    if output == "--" {
        out(&format!("{text}\n"))
    } else {
        store::write_file(std::path::Path::new(output), text.as_bytes(), 0o600)?;
        ok(format!("wrote activation token to `{output}`"));
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// edit

/// Parses a limit: an integer, or a size with units (`1GB`, `512MiB`, `-1`), as nsc's
/// `ParseNumber` (go-humanize `ParseBytes`) does.
fn parse_number(s: &str) -> Result<i64> {
    timeparse::parse_number(s)
}

fn edit_operator(env: &Env, a: EditOperatorArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let mut oc = st.operator()?;
    for u in &a.service_url {
        add_unique(&mut oc.nats.operator_service_urls, u);
        ok(format!("added service url {u:?}"));
    }
    for u in &a.rm_service_url {
        oc.nats.operator_service_urls.retain(|x| x != u);
        ok(format!("removed service url {u:?}"));
    }
    if let Some(u) = &a.account_jwt_server_url {
        oc.nats.account_server_url = u.clone();
        ok(format!("set account jwt server url to {u:?}"));
    }
    if a.rm_account_jwt_server_url {
        oc.nats.account_server_url.clear();
        ok("removed account jwt server url");
    }
    if let Some(s) = &a.system_account {
        let key = if rnats_proto::nkeys::is_valid_public_key(s, Some(KeyRole::Account)) {
            s.clone()
        } else {
            st.account(s)?.data.subject
        };
        oc.nats.system_account = key.clone();
        ok(format!("set system account {key:?}"));
    }
    if let Some(b) = a.require_signing_keys {
        oc.nats.strict_signing_key_usage = b;
        ok(format!("strict signing key usage set to: {b}"));
    }
    for k in &a.sk {
        let pk = if k == "generate" {
            store::new_stored_key(&st.keys, KeyRole::Operator)?.public_key()
        } else {
            public_or_seed(&st, k, KeyRole::Operator)?
        };
        add_unique(&mut oc.nats.signing_keys, &pk);
        ok(format!("added signing key {pk:?}"));
    }
    for k in &a.rm_sk {
        oc.nats.signing_keys.retain(|x| x != k);
        ok(format!("removed signing key {k:?}"));
    }
    oc.nats.generic.add_tags(a.tag.iter().map(String::as_str));
    for t in &a.rm_tag {
        let t = t.trim().to_lowercase();
        oc.nats.generic.tags.retain(|x| *x != t);
    }
    a.time.apply(&mut oc.data)?;
    let op_kp = match signer {
        Some(w) => store::resolve_signer(&st.keys, w, |pk| pk == oc.data.subject)?,
        None => st
            .keys
            .get(&oc.data.subject)
            .ok_or_else(|| anyhow!("the operator's seed is not in the keystore"))?,
    };
    st.write_operator(&oc.encode(&op_kp)?)?;
    ok(format!("edited operator {:?}", oc.data.name));
    Ok(())
}

fn set_js(l: &mut JetStreamLimits, a: &EditAccountArgs) -> Result<()> {
    let set = |dst: &mut i64, v: &Option<String>| -> Result<()> {
        if let Some(v) = v {
            *dst = parse_number(v)?;
        }
        Ok(())
    };
    set(&mut l.memory_storage, &a.js_mem_storage)?;
    set(&mut l.disk_storage, &a.js_disk_storage)?;
    set(&mut l.streams, &a.js_streams)?;
    set(&mut l.consumer, &a.js_consumer)?;
    set(&mut l.max_ack_pending, &a.js_max_ack_pending)?;
    set(&mut l.memory_max_stream_bytes, &a.js_max_mem_stream)?;
    set(&mut l.disk_max_stream_bytes, &a.js_max_disk_stream)?;
    if let Some(b) = a.js_max_bytes_required {
        l.max_bytes_required = b;
    }
    Ok(())
}

fn tier_name(t: u8) -> Result<String> {
    match t {
        1 | 3 => Ok(format!("R{t}")),
        _ => bail!("JetStream tier must be 0 (untiered), 1 or 3"),
    }
}

fn edit_account(env: &Env, a: EditAccountArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let name = st.account_name(a.name.as_deref(), &env.config.account)?;
    let mut ac = st.account(&name)?;
    let lim = &mut ac.nats.limits;
    let set = |dst: &mut i64, v: &Option<String>| -> Result<()> {
        if let Some(v) = v {
            *dst = parse_number(v)?;
        }
        Ok(())
    };
    set(&mut lim.account.conn, &a.conns)?;
    set(&mut lim.account.leaf_node_conn, &a.leaf_conns)?;
    set(&mut lim.nats.subs, &a.subscriptions)?;
    set(&mut lim.nats.payload, &a.payload)?;
    set(&mut lim.nats.data, &a.data)?;
    set(&mut lim.account.imports, &a.imports)?;
    set(&mut lim.account.exports, &a.exports)?;
    if let Some(b) = a.wildcard_exports {
        lim.account.wildcard_exports = b;
    }
    if let Some(b) = a.disallow_bearer {
        lim.account.disallow_bearer = b;
    }
    if a.js_disable {
        lim.jetstream = JetStreamLimits::default();
        lim.tiered.clear();
        ok("disabled JetStream");
    }
    if let Some(t) = a.rm_js_tier {
        if t == 0 {
            lim.jetstream = JetStreamLimits::default();
        } else {
            lim.tiered.remove(&tier_name(t)?);
        }
    }
    if let Some(t) = a.js_enable {
        let unlimited = JetStreamLimits {
            memory_storage: -1,
            disk_storage: -1,
            streams: -1,
            consumer: -1,
            max_ack_pending: -1,
            ..JetStreamLimits::default()
        };
        if t == 0 {
            if !lim.tiered.is_empty() {
                bail!("cannot enable untiered JetStream limits while tiered limits are set");
            }
            lim.jetstream = unlimited;
        } else {
            if lim.jetstream.is_enabled() {
                bail!("cannot enable tiered JetStream limits while untiered limits are set");
            }
            lim.tiered.insert(tier_name(t)?, unlimited);
        }
        ok(format!("enabled JetStream (tier {t})"));
    }
    if a.js_tier == 0 {
        set_js(&mut lim.jetstream, &a)?;
    } else {
        let mut l = lim
            .tiered
            .get(&tier_name(a.js_tier)?)
            .copied()
            .unwrap_or_default();
        set_js(&mut l, &a)?;
        if l != JetStreamLimits::default() {
            lim.tiered.insert(tier_name(a.js_tier)?, l);
        }
    }
    for k in &a.sk {
        let pk = if k == "generate" {
            store::new_stored_key(&st.keys, KeyRole::Account)?.public_key()
        } else {
            public_or_seed(&st, k, KeyRole::Account)?
        };
        ac.nats.signing_keys.add(&pk);
        ok(format!("added signing key {pk:?}"));
    }
    for k in &a.rm_sk {
        ac.nats.signing_keys.0.remove(k);
        ok(format!("removed signing key {k:?}"));
    }
    if let Some(d) = &a.description {
        ac.nats.info.description = d.clone();
    }
    if let Some(u) = &a.info_url {
        ac.nats.info.info_url = u.clone();
    }
    ac.nats.generic.add_tags(a.tag.iter().map(String::as_str));
    for t in &a.rm_tag {
        let t = t.trim().to_lowercase();
        ac.nats.generic.tags.retain(|x| *x != t);
    }
    let mut report = Vec::new();
    a.perms
        .apply(&mut ac.nats.default_permissions, &mut report)?;
    for r in report {
        ok(r);
    }
    a.time.apply(&mut ac.data)?;
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, signer)?;
    st.write_account(&name, &ac.encode(&op_kp)?)?;
    ok(format!("edited account {name:?}"));
    Ok(())
}

fn edit_user(env: &Env, a: EditUserArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let name = match &a.name {
        Some(n) => n.clone(),
        None => match st.users(&account).as_slice() {
            [one] => one.clone(),
            _ => bail!("a user name is required: --name"),
        },
    };
    let mut uc = st.user(&account, &name)?;
    let ac = st.account(&account)?;
    let p = &mut uc.nats.perms;
    if let Some(b) = a.bearer {
        if b && ac.nats.limits.account.disallow_bearer {
            bail!("account {account:?} disallows bearer token");
        }
        p.bearer_token = b;
    }
    for c in &a.conn_type {
        add_unique(&mut p.allowed_connection_types, &c.to_uppercase());
    }
    for c in &a.rm_conn_type {
        let c = c.to_uppercase();
        p.allowed_connection_types.retain(|x| *x != c);
    }
    for s in &a.source_network {
        add_unique(&mut p.limits.src, s);
    }
    for s in &a.rm_source_network {
        p.limits.src.retain(|x| x != s);
    }
    if let Some(l) = &a.locale {
        p.limits.locale = l.clone();
    }
    for t in &a.time_range {
        let valid = |v: &str| {
            let parts: Vec<&str> = v.split(':').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|x| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()))
        };
        match t.split_once('-') {
            Some((start, end)) if valid(start) && valid(end) => {
                p.limits.times.push(jwt::TimeRange {
                    start: start.to_owned(),
                    end: end.to_owned(),
                });
                ok(format!("added time range {start}-{end}"));
            }
            _ => bail!("{t:?} is not a valid time range - expected \"15:04:05-15:04:05\""),
        }
    }
    for start in &a.rm_time {
        if let Some(i) = p.limits.times.iter().position(|r| &r.start == start) {
            let r = p.limits.times.remove(i);
            ok(format!("removed time range {}-{}", r.start, r.end));
        }
    }
    let set = |dst: &mut i64, v: &Option<String>| -> Result<()> {
        if let Some(v) = v {
            *dst = parse_number(v)?;
        }
        Ok(())
    };
    set(&mut p.limits.nats.subs, &a.subs)?;
    set(&mut p.limits.nats.data, &a.data)?;
    set(&mut p.limits.nats.payload, &a.payload)?;
    let mut report = Vec::new();
    a.perms.apply(&mut p.permissions, &mut report)?;
    for r in report {
        ok(r);
    }
    uc.nats.generic.add_tags(a.tag.iter().map(String::as_str));
    for t in &a.rm_tag {
        let t = t.trim().to_lowercase();
        uc.nats.generic.tags.retain(|x| *x != t);
    }
    a.time.apply(&mut uc.data)?;
    let acc_kp = st.account_signer(&ac, signer)?;
    if matches!(
        ac.nats.signing_keys.0.get(&acc_kp.public_key()),
        Some(Some(_))
    ) && uc.nats.perms != jwt::UserPermissionLimits::default()
    {
        bail!("user was NOT edited as the edits conflict with signing key scope: scoped users require no permissions or limits set");
    }
    uc.nats.issuer_account = if acc_kp.public_key() != ac.data.subject {
        ac.data.subject.clone()
    } else {
        String::new()
    };
    let token = uc.encode(&acc_kp)?;
    st.write_user(&account, &name, &token)?;
    if let Some(kp) = st.keys.get(&uc.data.subject) {
        write_creds(&st, &account, &name, &token, &kp)?;
    }
    ok(format!("edited user {name:?}"));
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// delete, revocations

fn delete_account(env: &mut Env, a: DeleteAccountArgs, _signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let ac = st.account(&a.name)?;
    for u in st.users(&a.name) {
        if let Ok(uc) = st.user(&a.name, &u) {
            if a.rm_nkey {
                st.keys.remove(&uc.data.subject)?;
            }
        }
        if a.rm_creds {
            let p = st.keys.creds_path(&st.name, &a.name, &u);
            let _ = std::fs::remove_file(p);
        }
    }
    if a.rm_nkey {
        st.keys.remove(&ac.data.subject)?;
    }
    let dir = st.dir.join("accounts").join(store::safe_name(&a.name)?);
    std::fs::remove_dir_all(&dir).with_context(|| format!("removing {}", dir.display()))?;
    ok(format!("deleted account {:?}", a.name));
    if env.config.account == a.name {
        env.config.account.clear();
        env.save()?;
    }
    Ok(())
}

fn delete_user(env: &Env, a: DeleteUserArgs, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let uc = st.user(&account, &a.name)?;
    if a.revoke {
        let mut ac = st.account(&account)?;
        ac.nats
            .revocations
            .insert(uc.data.subject.clone(), jwt::unix_now());
        let op = st.operator()?;
        let op_kp = st.operator_signer(&op, signer)?;
        st.write_account(&account, &ac.encode(&op_kp)?)?;
        ok(format!("revoked user {:?}", uc.data.subject));
    }
    if a.rm_nkey {
        st.keys.remove(&uc.data.subject)?;
    }
    if a.rm_creds {
        let _ = std::fs::remove_file(st.keys.creds_path(&st.name, &account, &a.name));
    }
    std::fs::remove_file(st.user_path(&account, &a.name))?;
    ok(format!("deleted user {:?}", a.name));
    Ok(())
}

fn revoke_user(env: &Env, a: RevokeUserArgs, add: bool, signer: Option<&str>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(a.account.as_deref(), &env.config.account)?;
    let key = match (&a.user_public_key, &a.name) {
        (Some(k), _) => {
            if k != "*" && !rnats_proto::nkeys::is_valid_public_key(k, Some(KeyRole::User)) {
                bail!("{k:?} is not a valid user public key");
            }
            k.clone()
        }
        (None, Some(n)) => st.user(&account, n)?.data.subject,
        (None, None) => bail!("a user is required: --name or --user-public-key"),
    };
    let mut ac = st.account(&account)?;
    if add {
        let at = match &a.at {
            Some(t) => timeparse::parse_at(t)?,
            None => jwt::unix_now(),
        };
        ac.nats.revocations.insert(key.clone(), at);
    } else if ac.nats.revocations.remove(&key).is_none() {
        bail!("user with public key {key} is not revoked");
    }
    let op = st.operator()?;
    let op_kp = st.operator_signer(&op, signer)?;
    st.write_account(&account, &ac.encode(&op_kp)?)?;
    if add {
        ok(format!("revoked user {key:?}"));
    } else {
        ok(format!("deleted user revocation for {key:?}"));
    }
    Ok(())
}

fn list_revocations(env: &Env, account: Option<String>) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(account.as_deref(), &env.config.account)?;
    let ac = st.account(&account)?;
    let mut t = table::Table::new(&format!("Revoked Users for {account}"));
    if ac.nats.revocations.is_empty() {
        t.row(&["No entries defined"]);
    } else {
        t.headers(&["Public Key", "Revoke Credentials Before"]);
        for (k, ts) in &ac.nats.revocations {
            t.row(&[k.clone(), describe::render_date(*ts)]);
        }
    }
    out(&format!("{}\n", t.render()))
}

/// One validation finding: blocking (or a time check) or not.
struct Issue {
    fatal: bool,
    text: String,
}

fn render_issues(title: &str, issues: &[Issue]) -> String {
    let mut t = table::Table::new(title);
    if issues.is_empty() {
        t.row(&["No issues found"]);
    } else {
        t.headers(&["#", " ", "Description"]);
        for (i, v) in issues.iter().enumerate() {
            let mark = if v.fatal { "!" } else { "" };
            t.row(&[(i + 1).to_string(), mark.to_owned(), v.text.clone()]);
        }
    }
    t.render()
}

fn validate(env: &Env, all: bool, account: Option<String>) -> Result<()> {
    let st = env.store(None)?;
    let now = jwt::unix_now();
    let time_issue = |d: &jwt::ClaimsData, what: &str, issues: &mut Vec<Issue>| {
        if let Err(e) = d.check_times(now) {
            issues.push(Issue {
                fatal: true,
                text: if what.is_empty() {
                    e.to_string()
                } else {
                    format!("{what}: {e}")
                },
            });
        }
    };
    let op = st.operator()?;
    let mut op_issues = Vec::new();
    if !op.data.is_self_signed() {
        op_issues.push(Issue {
            fatal: true,
            text: "operator is not issued by operator or operator signing key".into(),
        });
    }
    time_issue(&op.data, "", &mut op_issues);
    let accounts = if all {
        st.accounts()
    } else {
        vec![st.account_name(account.as_deref(), &env.config.account)?]
    };
    let mut text = format!(
        "{}\n",
        render_issues(&format!("Operator {:?}", st.name), &op_issues)
    );
    let mut fatal = op_issues.iter().any(|i| i.fatal);
    let mut sorted = accounts;
    sorted.sort();
    for name in sorted {
        let ac = st.account(&name)?;
        let mut issues = Vec::new();
        time_issue(&ac.data, "", &mut issues);
        let by_identity = ac.data.issuer == op.data.subject;
        let by_sk = op.nats.signing_keys.contains(&ac.data.issuer);
        // Signed by a signing key, or by the identity key when not in strict mode.
        let trusted = by_sk || (by_identity && !op.nats.strict_signing_key_usage);
        if !trusted {
            issues.push(Issue {
                fatal: true,
                text: "Account is not issued by operator or operator signing keys".into(),
            });
        }
        if ac.data.subject == op.nats.system_account
            && (ac.nats.limits.jetstream.is_enabled()
                || ac
                    .nats
                    .limits
                    .tiered
                    .values()
                    .any(JetStreamLimits::is_enabled))
        {
            issues.push(Issue {
                fatal: true,
                text: "JetStream should not be enabled for system account".into(),
            });
        }
        for u in st.users(&name) {
            let uc = match st.user(&name, &u) {
                Ok(uc) => uc,
                Err(e) => {
                    issues.push(Issue {
                        fatal: true,
                        text: format!("user {u:?}: {e:#}"),
                    });
                    continue;
                }
            };
            time_issue(&uc.data, &format!("user {u:?}"), &mut issues);
            if !ac.did_sign(&uc.data.issuer) {
                issues.push(Issue {
                    fatal: true,
                    text: format!("user {u:?} is not issued by account or account signing keys"),
                });
            } else if op.nats.strict_signing_key_usage && uc.data.issuer == ac.data.subject {
                issues.push(Issue {
                    fatal: true,
                    text: format!(
                        "user {u:?} is issued by account key but operator is in strict mode"
                    ),
                });
            }
        }
        fatal |= issues.iter().any(|i| i.fatal);
        text.push_str(&format!(
            "{}\n",
            render_issues(&format!("Account {name:?}"), &issues)
        ));
    }
    out(&text)?;
    if fatal {
        bail!("validation found errors");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// describe, list, env, select

fn describe_cmd(env: &Env, a: DescribeArgs) -> Result<()> {
    let _ = a.long_ids;
    let (token, claims, sys_name) = match a.what {
        DescribeCmd::Operator { name } => {
            let st = env.store(name.as_deref())?;
            let token = st.operator_token()?;
            let op = st.operator()?;
            let sys = st.account_name_by_key(&op.nats.system_account);
            (token, AnyClaims::Operator(op), sys)
        }
        DescribeCmd::Account { name } => {
            let st = env.store(None)?;
            let acc = st.account_name(name.as_deref(), &env.config.account)?;
            let token = st.account_token(&acc)?;
            (token, jwt::decode(&st.account_token(&acc)?)?, None)
        }
        DescribeCmd::User { name, account } => {
            let st = env.store(None)?;
            let acc = st.account_name(account.as_deref(), &env.config.account)?;
            let user = match name {
                Some(n) => n,
                None => match st.users(&acc).as_slice() {
                    [one] => one.clone(),
                    _ => bail!("a user name is required: --name"),
                },
            };
            let token = st.user_token(&acc, &user)?;
            (token.clone(), jwt::decode(&token)?, None)
        }
        DescribeCmd::Jwt { file, output_file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let token = store::token_from_text(&text)?;
            let claims = jwt::decode(&token)?;
            let body = render_describe(&token, &claims, None, a.json, a.raw)?;
            if output_file == "--" {
                return out(&format!("{body}\n"));
            }
            store::write_file(std::path::Path::new(&output_file), body.as_bytes(), 0o600)?;
            ok(format!(
                "wrote {} {} to `{output_file}`",
                claims.claim_type(),
                if a.raw { "jwt" } else { "description" }
            ));
            return Ok(());
        }
    };
    let body = render_describe(&token, &claims, sys_name.as_deref(), a.json, a.raw)?;
    out(&format!("{body}\n"))
}

fn render_describe(
    token: &str,
    claims: &AnyClaims,
    sys_name: Option<&str>,
    json: bool,
    raw: bool,
) -> Result<String> {
    if raw {
        return Ok(token.to_owned());
    }
    if json {
        return describe::json_body(token);
    }
    match claims {
        AnyClaims::Operator(o) => Ok(describe::operator(o, sys_name)),
        other => describe::any(other),
    }
}

fn list_table(title: &str, rows: &[(String, String)], current: &str) -> String {
    let mut t = table::Table::new(title);
    if rows.is_empty() {
        t.row(&["No entries defined"]);
    } else {
        t.headers(&["Name", "Public Key"]);
        for (n, p) in rows {
            let _ = current;
            t.row(&[n.clone(), p.clone()]);
        }
    }
    t.render()
}

fn list_json(rows: &[(String, String, Option<serde_json::Value>)]) -> Result<String> {
    let v: Vec<serde_json::Value> = rows
        .iter()
        .map(|(n, _, c)| serde_json::json!({"name": n, "claims": c}))
        .collect();
    let mut s = serde_json::to_string_pretty(&v)?;
    s.push('\n');
    Ok(s)
}

fn list(env: &Env, what: ListCmd) -> Result<()> {
    let name_of = |dir: &str, c: &jwt::ClaimsData| {
        if c.name != dir {
            format!("{dir} ({})", c.name)
        } else {
            dir.to_owned()
        }
    };
    let (title, rows, json, current) = match what {
        ListCmd::Operators { json } => {
            let mut rows = Vec::new();
            for o in env.operators() {
                let st = env.store(Some(&o))?;
                match st.operator() {
                    Ok(c) => rows.push((
                        name_of(&o, &c.data),
                        c.data.subject.clone(),
                        serde_json::to_value(&c).ok(),
                    )),
                    Err(e) => rows.push((o, format!("error loading jwt - {e}"), None)),
                }
            }
            ("Operators", rows, json, env.config.operator.clone())
        }
        ListCmd::Accounts { json } => {
            let st = env.store(None)?;
            let mut rows = Vec::new();
            for a in st.accounts() {
                match st.account(&a) {
                    Ok(c) => rows.push((
                        name_of(&a, &c.data),
                        c.data.subject.clone(),
                        serde_json::to_value(&c).ok(),
                    )),
                    Err(e) => rows.push((a, format!("error loading jwt - {e}"), None)),
                }
            }
            ("Accounts", rows, json, env.config.account.clone())
        }
        ListCmd::Users { account, json } => {
            let st = env.store(None)?;
            let acc = st.account_name(account.as_deref(), &env.config.account)?;
            let mut rows = Vec::new();
            for u in st.users(&acc) {
                match st.user(&acc, &u) {
                    Ok(c) => rows.push((
                        name_of(&u, &c.data),
                        c.data.subject.clone(),
                        serde_json::to_value(&c).ok(),
                    )),
                    Err(e) => rows.push((u, format!("error loading jwt - {e}"), None)),
                }
            }
            ("Users", rows, json, String::new())
        }
        ListCmd::Keys(k) => return list_keys(env, k),
    };
    if json {
        return out(&list_json(&rows)?);
    }
    let pairs: Vec<(String, String)> = rows.into_iter().map(|(n, p, _)| (n, p)).collect();
    out(&format!("{}\n", list_table(title, &pairs, &current)))
}

fn list_keys(env: &Env, k: ListKeysArgs) -> Result<()> {
    let st = env.store(None)?;
    let keys = env.keystore();
    let all = k.all || (!k.operator && !k.accounts && !k.users);
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut referenced = Vec::new();
    let mut push = |entity: String, key: &str, signing: bool| {
        referenced.push(key.to_owned());
        let stored = keys.get(key);
        let shown = match (&stored, k.show_seeds) {
            (Some(kp), true) => kp.seed(),
            _ => key.to_owned(),
        };
        rows.push([
            entity,
            shown,
            if signing { "*".into() } else { String::new() },
            if stored.is_some() {
                "*".into()
            } else {
                String::new()
            },
        ]);
    };
    let op = st.operator()?;
    if all || k.operator {
        push(op.data.name.clone(), &op.data.subject, false);
        for sk in &op.nats.signing_keys {
            push(format!(" {}", op.data.name), sk, true);
        }
    }
    for a in st.accounts() {
        if k.account.as_ref().is_some_and(|x| *x != a) {
            continue;
        }
        let Ok(ac) = st.account(&a) else { continue };
        if all || k.accounts {
            push(format!(" {a}"), &ac.data.subject, false);
            for sk in ac.nats.signing_keys.0.keys() {
                push(format!("  {a}"), sk, true);
            }
        }
        if all || k.users {
            for u in st.users(&a) {
                if let Ok(uc) = st.user(&a, &u) {
                    push(format!("  {u}"), &uc.data.subject, false);
                }
            }
        }
    }
    if k.not_referenced {
        rows.clear();
        for key in keys.all() {
            if !referenced.contains(&key) {
                let shown = if k.show_seeds {
                    keys.get(&key).map(|kp| kp.seed()).unwrap_or(key)
                } else {
                    key
                };
                rows.push([String::new(), shown, String::new(), "*".into()]);
            }
        }
    }
    let mut t = table::Table::new("Keys");
    t.headers(&["Entity", "Key", "Signing Key", "Stored"]);
    for r in &rows {
        t.row(r);
    }
    let mut s = t.render();
    if k.show_seeds {
        s.push_str("[!] seeds are secrets: keep them out of logs and shared terminals\n");
    } else {
        s.push_str(&format!("[ ! ] keys stored in {}\n", keys.root.display()));
    }
    out(&format!("{s}\n"))
}

fn env_cmd(env: &mut Env, a: EnvArgs) -> Result<()> {
    if a.store.is_some() {
        bail!("'env --store' is not supported by rnats yet: use --data-dir");
    }
    let mut changed = false;
    if let Some(o) = &a.operator {
        env.store(Some(o))?;
        env.config.operator = o.clone();
        env.config.account.clear();
        changed = true;
    }
    if let Some(acc) = &a.account {
        let st = env.store(None)?;
        st.account(acc)?;
        env.config.operator = st.name.clone();
        env.config.account = acc.clone();
        changed = true;
    }
    if changed {
        env.save()?;
    }
    let var = |n: &str| std::env::var(n).unwrap_or_default();
    let yes = |n: &str| {
        if std::env::var_os(n).is_some() {
            "Yes"
        } else {
            "No"
        }
    };
    let mut t = table::Table::new("NSC Environment");
    t.headers(&["Setting", "Set", "Effective Value"]);
    t.row(&["$NSC_CWD_ONLY", yes("NSC_CWD_ONLY"), ""]);
    t.row(&["$NSC_NO_GIT_IGNORE", yes("NSC_NO_GIT_IGNORE"), ""]);
    t.row(&[
        "$NKEYS_PATH".to_owned(),
        yes("NKEYS_PATH").to_owned(),
        var("NKEYS_PATH"),
    ]);
    t.row(&[
        "$NSC_HOME".to_owned(),
        yes("NSC_HOME").to_owned(),
        var("NSC_HOME"),
    ]);
    t.row(&[
        "$NATS_CA".to_owned(),
        yes("NATS_CA").to_owned(),
        var("NATS_CA"),
    ]);
    t.row(&[
        "$NATS_KEY".to_owned(),
        yes("NATS_KEY").to_owned(),
        var("NATS_KEY"),
    ]);
    t.row(&[
        "$NATS_CERT".to_owned(),
        yes("NATS_CERT").to_owned(),
        var("NATS_CERT"),
    ]);
    t.row(&[
        "Config".to_owned(),
        String::new(),
        env.dirs.config.join("nsc.json").display().to_string(),
    ]);
    t.row(&[
        "Stores Dir".to_owned(),
        String::new(),
        env.dirs.data.display().to_string(),
    ]);
    t.row(&[
        "Keys Dir".to_owned(),
        String::new(),
        env.dirs.keys.display().to_string(),
    ]);
    let op = env.store(None).map(|s| s.name).unwrap_or_default();
    t.row(&["Current Operator".to_owned(), String::new(), op]);
    t.row(&[
        "Current Account".to_owned(),
        String::new(),
        env.config.account.clone(),
    ]);
    out(&format!("{}\n", t.render()))
}

fn select(env: &mut Env, what: SelectCmd) -> Result<()> {
    match what {
        SelectCmd::Operator { name } => {
            env.store(Some(&name))?;
            env.config.operator = name;
            env.config.account.clear();
        }
        SelectCmd::Account { name } => {
            let st = env.store(None)?;
            st.account(&name)?;
            env.config.operator = st.name.clone();
            env.config.account = name;
        }
    }
    env.save()
}

// ---------------------------------------------------------------------------------------------
// generate

fn generate_nkey(env: &Env, a: GenerateNkeyArgs) -> Result<()> {
    let roles = [
        (a.operator, KeyRole::Operator),
        (a.account, KeyRole::Account),
        (a.user, KeyRole::User),
        (a.curve, KeyRole::Curve),
    ];
    let chosen: Vec<KeyRole> = roles.iter().filter(|(b, _)| *b).map(|(_, r)| *r).collect();
    if chosen.is_empty() {
        bail!("specify a key type: --operator, --account, --user or --curve");
    }
    let mut s = String::new();
    for role in chosen {
        let kp = KeyPair::new(role).map_err(|e| anyhow!("generating a key: {e}"))?;
        if a.store {
            let path = env.keystore().store(&kp)?;
            s.push_str(&format!(
                "{}\n{} key stored {}\n",
                kp.public_key(),
                role_name(role),
                path.display()
            ));
        } else {
            s.push_str(&format!("{}\n{}\n", kp.seed(), kp.public_key()));
        }
    }
    out(&s)
}

fn generate_creds(
    env: &Env,
    account: Option<String>,
    name: Option<String>,
    output: &str,
) -> Result<()> {
    let st = env.store(None)?;
    let account = st.account_name(account.as_deref(), &env.config.account)?;
    let user = match name {
        Some(n) => n,
        None => match st.users(&account).as_slice() {
            [one] => one.clone(),
            _ => bail!("a user name is required: --name"),
        },
    };
    let token = st.user_token(&account, &user)?;
    let uc = UserClaims::decode(&token)?;
    let kp = st
        .keys
        .get(&uc.data.subject)
        .ok_or_else(|| anyhow!("unable to find the user's seed in the keystore"))?;
    let text = jwt::format_user_config(&token, &kp.seed())?;
    if output == "--" {
        out(&text)
    } else {
        store::write_file(std::path::Path::new(output), text.as_bytes(), 0o600)?;
        ok(format!("wrote credentials to `{output}`"));
        Ok(())
    }
}

fn generate_config(env: &Env, a: GenerateConfigArgs) -> Result<()> {
    let kinds = [a.mem_resolver, a.nats_resolver, a.nats_resolver_cache]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds != 1 {
        bail!("specify exactly one of --mem-resolver, --nats-resolver or --nats-resolver-cache");
    }
    let st = env.store(a.operator.as_deref())?;
    let op_token = st.operator_token()?;
    let op = st.operator()?;
    let mut accounts = Vec::new();
    for name in st.accounts() {
        let token = st.account_token(&name)?;
        let c = st.account(&name)?;
        accounts.push(resolver_config::NamedJwt {
            name,
            public_key: c.data.subject,
            token,
        });
    }
    let sys_key = match &a.sys_account {
        Some(n) => st.account(n)?.data.subject,
        None => op.nats.system_account.clone(),
    };
    let operator = resolver_config::NamedJwt {
        name: op.data.name.clone(),
        public_key: op.data.subject.clone(),
        token: op_token,
    };
    let text = if a.mem_resolver {
        if let Some(dir) = &a.dir {
            resolver_config::memory_dir(&operator, &sys_key, &accounts, dir)?;
            ok(format!(
                "wrote server configuration to `{}`",
                dir.join("resolver.conf").display()
            ));
            return Ok(());
        }
        resolver_config::memory(&operator, &sys_key, &accounts)
    } else {
        let sys = accounts
            .iter()
            .find(|n| n.public_key == sys_key)
            .ok_or_else(|| anyhow!("system account is not set"))?;
        resolver_config::nats(&operator, sys, a.nats_resolver_cache)
    };
    if a.config_file == "--" {
        out(&text)
    } else {
        store::write_file(std::path::Path::new(&a.config_file), text.as_bytes(), 0o644)?;
        ok(format!("wrote server configuration to `{}`", a.config_file));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_valid() {
        command().debug_assert();
    }
}
