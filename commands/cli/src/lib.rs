//! rnats-cli: the `nats` personality, natscli's everyday commands.
//!
//! Same names, aliases, flags, environment variables and output shapes as natscli (the
//! `github.com/nats-io/natscli` tool): `publish`/`pub`, `subscribe`/`sub`, `request`/`req`,
//! `reply`, `rtt`, `bench`, `context`/`ctx`, `stream`, `consumer`, `kv` and `object`/`obj`
//! (JetStream), `errors`, `service`/`micro`, `schema`, `events`, `latency` and `cheat`, with
//! natscli's global connection flags. Each family is one module holding its clap definition
//! (doc comments are the help) and its action; families share only [`options`] (global flags
//! and context precedence) and the [`kit`] (connect, output, prompts, durations, templates,
//! JetStream helpers), never each other's modules.
//!
//! Everything talks to servers only through `rnats_proto::client`, as it would to a real
//! nats-server. natscli families this build does not have yet (`account`, `server`, ...) are
//! in the clap tree too, refused with one line and exit code 2 ([`unsupported`]).
//!
//! Errors print as natscli's (fisk's) `nats: error: <message>` on one line with exit code 1; a
//! closed stdout pipe ends the command quietly with exit code 0.

pub mod account_cmd;
pub mod backup_cmd;
pub mod bench;
pub mod cheat_cmd;
pub mod consumer_cmd;
pub mod consumer_find;
pub mod counter_cmd;
pub mod ctx_cmd;
pub mod errors_cmd;
pub mod events_cmd;
pub mod graph;
pub mod kit;
pub mod kv_cmd;
pub mod latency_cmd;
#[cfg(test)]
mod layering;
pub mod line_chart;
pub mod object_cmd;
pub mod options;
pub mod pub_cmd;
pub mod reply_cmd;
pub mod req_cmd;
pub mod rtt_cmd;
pub mod schema_cmd;
pub mod server_cmd;
pub mod service_cmd;
pub mod stream_cmd;
pub mod sub_cmd;
pub mod sub_direct;
pub mod sub_js;
pub mod trace_cmd;
pub mod unsupported;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use kit::{connect, output};
use std::ffi::OsString;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// The natscli command families, with every alias, as the clap command tree declares them
/// (implemented or refused): the one source for dispatch, help, man pages and completions.
pub fn families() -> Vec<String> {
    let cmd = command();
    let mut out = Vec::new();
    for sub in cmd.get_subcommands() {
        out.push(sub.get_name().to_string());
        out.extend(sub.get_all_aliases().map(str::to_string));
    }
    out
}

/// Whether `name` is a natscli family or alias, implemented or refused (the clap tree holds
/// both, see [`unsupported`]).
pub fn is_family(name: &str) -> bool {
    families().iter().any(|f| f == name)
}

/// Whether `name` is a subcommand (or alias) of natscli's `server` family, from the clap tree:
/// `rnats server <name> ...` then runs the CLI rather than the server.
pub fn is_server_subcommand(name: &str) -> bool {
    name != "help"
        && command()
            .find_subcommand("server")
            .is_some_and(|srv| srv.find_subcommand(name).is_some())
}

/// The global flags that take a value (so a family name search can skip their values).
const GLOBAL_VALUE_FLAGS: &[&str] = &[
    "-s",
    "--server",
    "--user",
    "--password",
    "--token",
    "--connection-name",
    "--creds",
    "--nkey",
    "--jwt",
    "--seed",
    "--tlscert",
    "--tlskey",
    "--tlsca",
    "--timeout",
    "--socks-proxy",
    "--js-api-prefix",
    "--js-event-prefix",
    "--js-domain",
    "--domain",
    "--inbox-prefix",
    "--colors",
    "--context",
];

/// The global switches (no value).
const GLOBAL_SWITCHES: &[&str] = &["--trace", "--no-context", "--tlsfirst", "--tls-first"];

/// Whether `arg` is one of natscli's global flags (`-s URL`, `--server=URL`, `--trace`, ...),
/// so `rnats --server URL pub x` reaches this personality like `rnats pub x` does.
pub fn is_global_flag(arg: &str) -> bool {
    let name = arg.split_once('=').map_or(arg, |(n, _)| n);
    GLOBAL_VALUE_FLAGS.contains(&name) || GLOBAL_SWITCHES.contains(&name)
}

/// NATS Utility
///
/// NATS Server and JetStream administration.
#[derive(Debug, Parser)]
#[command(
    name = "nats",
    version,
    disable_help_subcommand = true,
    subcommand_required = true,
    arg_required_else_help = true,
    after_help = "This build implements natscli's publish, subscribe, request, reply, rtt, bench, \
                  context, stream, consumer, kv, object, account info, server (ping, request, \
                  check, passwd, ...), errors, service, schema, events, latency and trace commands."
)]
pub struct Cli {
    /// Connection flags shared by every command.
    #[command(flatten)]
    pub global: options::GlobalOpts,

    /// The command family.
    #[command(subcommand)]
    pub family: Family,
}

/// natscli's command families implemented here.
// Built once per process from the command line, so the size of the largest variant costs
// nothing; boxing it would only add noise to every match on the family.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Family {
    /// Generic data publish utility
    #[command(name = "publish", visible_alias = "pub")]
    Publish(pub_cmd::PubArgs),

    /// Generic subscription client
    #[command(name = "subscribe", visible_alias = "sub")]
    Subscribe(sub_cmd::SubArgs),

    /// Generic request-reply request utility
    #[command(name = "request", visible_alias = "req")]
    Request(req_cmd::ReqArgs),

    /// Generic service reply utility
    #[command(name = "reply")]
    Reply(reply_cmd::ReplyArgs),

    /// Compute round-trip time to NATS server
    #[command(name = "rtt")]
    Rtt(rtt_cmd::RttArgs),

    /// Account information and status
    #[command(name = "account", visible_alias = "a")]
    Account(account_cmd::AccountArgs),

    /// Benchmark utility
    #[command(name = "bench")]
    Bench(bench::BenchArgs),

    /// JetStream consumer management
    #[command(name = "consumer", visible_aliases = ["con", "obs", "c"])]
    Consumer(consumer_cmd::ConsumerArgs),

    /// Manage nats configuration contexts
    #[command(name = "context", visible_alias = "ctx")]
    Context(ctx_cmd::ContextArgs),

    /// Interacts with a JetStream based Key-Value store
    #[command(name = "kv")]
    Kv(kv_cmd::KvArgs),

    /// Interacts with a JetStream based Object store
    #[command(name = "object", visible_alias = "obj")]
    Object(object_cmd::ObjectArgs),

    /// JetStream stream management
    #[command(name = "stream", visible_aliases = ["str", "st", "ms", "s"])]
    Stream(stream_cmd::StreamArgs),

    /// Server information
    #[command(name = "server", visible_aliases = ["srv", "sys", "system"])]
    Server(server_cmd::ServerArgs),

    /// Access distributed Counters
    #[command(name = "counter", visible_alias = "ctr")]
    Counter(counter_cmd::CounterArgs),

    /// Error code documentation
    #[command(name = "errors", visible_aliases = ["err", "error"])]
    Errors(errors_cmd::ErrorsArgs),

    /// Services discovery and management
    #[command(name = "service", visible_alias = "micro")]
    Service(service_cmd::ServiceArgs),

    /// Schema tools
    #[command(name = "schema")]
    Schema(schema_cmd::SchemaArgs),

    /// Show Advisories and Events
    #[command(name = "events", visible_aliases = ["event", "e"])]
    Events(events_cmd::EventsArgs),

    /// Perform latency tests between two NATS servers
    #[command(name = "latency", visible_alias = "lat")]
    Latency(latency_cmd::LatencyArgs),

    /// Trace message delivery within an NATS network
    #[command(name = "trace")]
    Trace(trace_cmd::TraceArgs),

    /// Shows cheats for nats
    #[command(name = "cheat", hide = true)]
    Cheat(cheat_cmd::CheatArgs),
}

/// The `nats` command line (help, man page, completions): the implemented families plus
/// natscli's commands and flags this build refuses ([`unsupported::augment`]).
pub fn command() -> clap::Command {
    unsupported::augment(Cli::command())
}

/// Runs `nats ARGS` (`args[0]` is the program name).
pub fn run(args: Vec<OsString>) -> ExitCode {
    let bin = program_name(args.first());
    let mut cmd = command().bin_name(&bin);
    let matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) => return clap_exit(e),
    };
    if let Some(refusal) = unsupported::refusal(&cmd, &matches) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "nats: error: {refusal}");
        return ExitCode::from(unsupported::EXIT_CODE);
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_exit(e),
    };
    match execute(cli) {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "nats: error: {}", one_line(&format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

/// Help and version go to stdout with exit 0; usage errors to stderr with exit 1 (fisk's
/// code for every failure).
fn clap_exit(e: clap::Error) -> ExitCode {
    let _ = e.print();
    if e.use_stderr() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Errors print on one line: inner newlines become spaces.
fn one_line(s: &str) -> String {
    s.split('\n')
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name to show in messages: `nats` under its own name, `rnats` otherwise.
fn program_name(argv0: Option<&OsString>) -> String {
    argv0
        .map(|a| {
            let s = a.to_string_lossy();
            if s.contains(' ') {
                s.into_owned()
            } else {
                Path::new(a)
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "nats".to_string())
            }
        })
        .unwrap_or_else(|| "nats".to_string())
}

/// Runs the parsed command line.
fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.family {
        Family::Context(args) => ctx_cmd::run(&cli.global, args),
        Family::Publish(args) => connect::block_on(pub_cmd::run(cli.global, args)),
        Family::Subscribe(args) => connect::block_on(sub_cmd::run(cli.global, args)),
        Family::Request(args) => connect::block_on(req_cmd::run(cli.global, args)),
        Family::Reply(args) => connect::block_on(reply_cmd::run(cli.global, args)),
        Family::Rtt(args) => connect::block_on(rtt_cmd::run(cli.global, args)),
        Family::Account(args) => connect::block_on(account_cmd::run(cli.global, args)),
        Family::Bench(args) => bench::run(cli.global, args),
        Family::Stream(args) => connect::block_on(stream_cmd::run(cli.global, args)),
        Family::Consumer(args) => connect::block_on(consumer_cmd::run(cli.global, args)),
        Family::Kv(args) => connect::block_on(kv_cmd::run(cli.global, args)),
        Family::Object(args) => connect::block_on(object_cmd::run(cli.global, args)),
        Family::Server(args) => connect::block_on(server_cmd::run(cli.global, args)),
        Family::Counter(args) => connect::block_on(counter_cmd::run(cli.global, args)),
        Family::Errors(args) => errors_cmd::run(&cli.global, args),
        Family::Cheat(args) => cheat_cmd::run(args),
        Family::Latency(args) => connect::block_on(latency_cmd::run(cli.global, args)),
        Family::Events(args) => connect::block_on(events_cmd::run(cli.global, args)),
        Family::Schema(args) => schema_cmd::run(cli.global, args),
        Family::Service(args) => connect::block_on(service_cmd::run(cli.global, args)),
        Family::Trace(args) => connect::block_on(trace_cmd::run(cli.global, args)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_valid() {
        command().debug_assert();
    }

    #[test]
    fn recognises_global_flags() {
        for f in [
            "-s",
            "--server",
            "--server=x",
            "--trace",
            "--context=a",
            "--no-context",
        ] {
            assert!(is_global_flag(f), "{f}");
        }
        for f in ["--help", "-h", "--list", "pub", "--count"] {
            assert!(!is_global_flag(f), "{f}");
        }
        let cmd = command();
        for f in GLOBAL_VALUE_FLAGS.iter().chain(GLOBAL_SWITCHES) {
            let long = f.trim_start_matches('-');
            let found = cmd.get_arguments().any(|a| {
                a.get_long() == Some(long)
                    || a.get_short().is_some_and(|s| s.to_string() == long)
                    || a.get_all_aliases().is_some_and(|al| al.contains(&long))
            });
            assert!(found, "{f} is not a global flag of the clap definition");
        }
    }

    #[test]
    fn natscli_aliases_are_families() {
        // natscli's aliases dispatch: `nats st ls` and `rnats st ls` alike.
        for alias in [
            "pub", "sub", "req", "ctx", "str", "st", "ms", "s", "con", "obs", "c",
        ] {
            assert!(is_family(alias), "{alias}");
        }
        assert!(!is_family("nosuch"));
    }

    #[test]
    fn errors_print_on_one_line() {
        assert_eq!(one_line("a\nb\n\n c\n"), "a b  c");
    }
}
