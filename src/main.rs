//! The multi-call `rnats` binary: dispatch only.
//!
//! The personality comes from the file stem of argv[0] (`nats-server`, `nats`, `nsc`,
//! `nats-top`); any other name, `rnats` included, takes it from the first argument
//! (`rnats server ...`).

use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    rnats_server::run(args)
}
