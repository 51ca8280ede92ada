//! rnats-server: the nats-server personality (`rnats server`, or the binary named `nats-server`).
//!
//! Flow: [`run`] parses Go-style flags (`flags`), answers `-v`, `-h` and `--signal`, loads the
//! config file (`config`) and applies the flags over it, configures the logger (`log`), logs the
//! startup banner, builds a multi-threaded tokio runtime and hands a [`server::Server`] to
//! `lifecycle`, which starts it and handles signals until shutdown. The hot path lives in
//! `client` (read, parse, deliver), `sublist` (match) and `outbound` (buffer, flush).

mod accept;
pub mod account;
pub mod auth;
pub mod client;
pub mod conf;
pub mod config;
pub mod flags;
// Only in tests and fuzz builds (cargo-fuzz passes `--cfg fuzzing`), not in the shipped binary.
#[cfg(any(test, fuzzing))]
#[doc(hidden)]
pub mod fuzzing;
pub mod internal;
pub mod jetstream;
pub mod lifecycle;
pub mod log;
pub mod monitor;
mod monitoring;
mod msgtrace;
pub mod options;
pub mod outbound;
pub mod resolver;
pub mod router;
pub mod server;
pub mod sublist;
pub mod system;
pub mod tls;
pub mod transform;
pub mod transport;
pub mod websocket;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use crate::flags::{FlagId, Flags};
use crate::options::Options;

/// The rnats release, shown next to the nats-server version.
const RNATS_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The clap definition of the server's flags, for man pages and completions (`--help` itself
/// prints [`flags::usage`], laid out as nats-server's).
pub fn command() -> clap::Command {
    flags::clap_command()
}

/// The `--version` line. Upstream prints `nats-server: v2.14.0`; we keep that shape (tools match
/// `nats-server: v<semver>`) and name rnats after it.
pub fn version_line() -> String {
    format!("nats-server: v{} (rnats {RNATS_VERSION})", server::VERSION)
}

/// Runs the server personality with `args` (program name first).
pub fn run(args: Vec<OsString>) -> ExitCode {
    let prog = program_name(args.first());
    let flags = match Flags::parse(args.iter().skip(1)) {
        Ok(f) => f,
        // Upstream words positional-argument errors as its own (`nats-server: ...`) and flag
        // errors as Go's flag package does (no prefix).
        Err(e @ flags::FlagError::UnrecognizedCommand(_)) => return die(&e.to_string()),
        Err(e) => {
            eprintln!("{e}");
            eprintln!("Run '{prog} --help' for usage.");
            return ExitCode::FAILURE;
        }
    };
    if flags.wants_version() {
        println!("{}", version_line());
        return ExitCode::SUCCESS;
    }
    if flags.wants_help() {
        print!("{}", flags::usage());
        if prog.starts_with("rnats") {
            // Only the multi-call form has the natscli family; `nats-server --help` stays
            // upstream's text.
            println!(
                "rnats server info|list|ping|request|check|report|passwd ... runs natscli's \
                 server commands (`rnats server ping --help`).\n"
            );
        }
        return ExitCode::SUCCESS;
    }
    if flags.is_on(FlagId::HelpTls) {
        print!("{}", tls::help_text());
        return ExitCode::SUCCESS;
    }
    if let Some(spec) = flags.string(FlagId::Signal) {
        return match lifecycle::process_signal(spec) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => die(&e.to_string()),
        };
    }
    match prepare(&flags) {
        Ok(Prepared::Exit(code)) => code,
        Ok(Prepared::Run(opts, warnings)) => launch(*opts, warnings, flags),
        Err(e) => die(&format!("{e:#}")),
    }
}

/// How `rnats server` or `nats-server` was invoked, for hints.
fn program_name(arg0: Option<&OsString>) -> String {
    let Some(arg0) = arg0 else {
        return "nats-server".to_string();
    };
    let s = arg0.to_string_lossy();
    if s.contains(' ') {
        // Re-based by the multi-call dispatcher: "rnats server".
        return s.into_owned();
    }
    Path::new(arg0)
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "nats-server".to_string())
}

/// Upstream `PrintAndDie`: `nats-server: <message>` on stderr, exit 1.
fn die(msg: &str) -> ExitCode {
    eprintln!("nats-server: {msg}");
    ExitCode::FAILURE
}

enum Prepared {
    /// `-t` and the like: done.
    Exit(ExitCode),
    /// Start a server with these options; log these config warnings first.
    Run(Box<Options>, Vec<String>),
}

/// Loads the config file, answers `-t`, and applies the flags over the file's settings.
fn prepare(flags: &Flags) -> anyhow::Result<Prepared> {
    let mut opts = Options::default();
    let mut warnings = Vec::new();
    let check = flags.is_on(FlagId::CheckConfig);
    match flags.string(FlagId::Config).filter(|c| !c.is_empty()) {
        Some(path) => {
            let report = config::load_into(&mut opts, &PathBuf::from(path))?;
            if check {
                // rnats' warnings include "not supported yet" notes, which do not make the file
                // invalid, so they are shown but do not fail the check.
                for w in &report.warnings {
                    eprintln!("nats-server: {w}");
                }
                eprintln!("nats-server: configuration file {path} is valid");
                return Ok(Prepared::Exit(ExitCode::SUCCESS));
            }
            warnings = report.warnings;
        }
        None if check => {
            anyhow::bail!("must specify [-c, --config] option to check configuration file syntax")
        }
        None => {}
    }
    flags.apply_to(&mut opts)?;
    // Cross-option rules hold for the merged result, flags included.
    warnings.extend(config::validate(&opts)?);
    Ok(Prepared::Run(Box::new(opts), warnings))
}

/// Configures logging, reports unsupported flags, logs the banner and runs the server until it
/// exits.
fn launch(opts: Options, warnings: Vec<String>, flags: Flags) -> ExitCode {
    if let Err(e) = log::configure(&lifecycle::log_config(&opts)) {
        let file = opts.log_file.as_deref().unwrap_or(Path::new(""));
        return die(&format!(
            "error opening log file {}: {}",
            file.display(),
            lifecycle::go_errno_text(&e)
        ));
    }
    for w in &warnings {
        log_warn!("{w}");
    }
    let mut refuse = false;
    for u in flags.unsupported() {
        if u.fatal {
            log_fatal!("{}", u.message);
            refuse = true;
        } else {
            log_warn!("{}", u.message);
        }
    }
    if refuse {
        return ExitCode::FAILURE;
    }
    let config_file = opts.config_file.clone();
    let server = match server::Server::new(opts) {
        Ok(s) => s,
        Err(e) => {
            log_fatal!("{e:#}");
            return ExitCode::FAILURE;
        }
    };
    log_banner(&server, config_file.as_deref());
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("rnats-server")
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            log_fatal!("Can't start the tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let code = runtime.block_on(lifecycle::serve(server, Arc::new(flags)));
    // Connection tasks still draining must not hold the process open.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    code
}

/// The startup banner, upstream `Server.Start`'s first lines.
fn log_banner(server: &server::Server, config_file: Option<&Path>) {
    log_info!("Starting nats-server");
    log_info!("  Version:  {}", server::VERSION);
    log_info!(
        "  Git:      [{}]",
        option_env!("RNATS_GIT_COMMIT").unwrap_or("not set")
    );
    log_debug!("  Build:    rnats {RNATS_VERSION}");
    log_info!("  Name:     {}", server.name());
    log_info!("  ID:       {}", server.id());
    if let Some(path) = config_file {
        log_info!("Using configuration file: {}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_line_keeps_upstream_shape() {
        let v = version_line();
        assert!(v.starts_with("nats-server: v"), "{v}");
        assert!(v.contains("(rnats "), "{v}");
    }

    #[test]
    fn program_names() {
        assert_eq!(
            program_name(Some(&"/usr/bin/nats-server".into())),
            "nats-server"
        );
        assert_eq!(program_name(Some(&"rnats server".into())), "rnats server");
        assert_eq!(program_name(None), "nats-server");
    }

    fn prepared(args: &[&str]) -> anyhow::Result<Prepared> {
        prepare(&Flags::parse(args.iter().copied())?)
    }

    #[test]
    fn check_without_config_is_an_error() {
        let e = prepared(&["-t"]).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("must specify [-c, --config] option to check configuration file syntax")
        );
    }

    #[test]
    fn missing_config_file() {
        let e = prepared(&["-c", "/nonexistent/rnats.conf"])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("/nonexistent/rnats.conf"), "{e}");
    }

    #[test]
    fn auth_flags_override_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("auth.conf");
        std::fs::write(
            &path,
            "authorization { user: a, password: b, timeout: 3 }\n",
        )
        .expect("write");
        let path = path.to_string_lossy().into_owned();
        match prepared(&["-c", &path, "--user", "flag", "--pass", ""]) {
            Ok(Prepared::Run(o, _)) => {
                assert_eq!(o.auth.username.as_deref(), Some("flag"));
                assert_eq!(o.auth.password.as_deref(), Some("b"));
                assert_eq!(o.auth_timeout, std::time::Duration::from_secs(3));
            }
            _ => panic!("expected a run"),
        }
        std::fs::write(dir.path().join("auth.conf"), "no_auth_user: x\n").expect("write");
        let e = prepared(&["-c", &path]).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("no_auth_user: \"x\" present, but users/nkeys are not defined")
        );
    }

    #[test]
    fn flags_apply_without_config() {
        match prepared(&["-p", "-1", "-a", "127.0.0.1", "-DV"]) {
            Ok(Prepared::Run(o, w)) => {
                assert_eq!(
                    (o.port, o.host.as_str(), o.debug, o.trace),
                    (-1, "127.0.0.1", true, true)
                );
                assert!(w.is_empty());
            }
            _ => panic!("expected a run"),
        }
    }
}
