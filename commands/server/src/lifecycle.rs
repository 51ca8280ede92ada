//! Process lifecycle around a [`Server`]: the pid and ports files, the signal loop (shutdown,
//! reload, log reopen, lame duck), config reload, and the `--signal` mode that sends those
//! signals to a running server.
//!
//! Semantics follow nats-server `server/signal.go` (`handleSignal`, `ProcessSignal`) and
//! `server/server.go` (`logPid`, `logPorts`, `Shutdown`). `lib.rs` decides what runs; this module
//! owns what happens between "Server is ready" and "Server Exiting..".

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use tokio::signal::unix::{signal, Signal, SignalKind};

use crate::config;
use crate::flags::Flags;
use crate::log::{self, LogConfig};
use crate::options::Options;
use crate::server::{wait_shutdown, Server};
use crate::{log_error, log_fatal, log_info, log_warn};

/// The name `--signal` looks for and its errors use (upstream `processName`).
const PROCESS_NAME: &str = "nats-server";

/// A `--signal` command and the Unix signal it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignalCommand {
    /// `stop`: SIGKILL.
    Stop,
    /// `quit`: SIGINT.
    Quit,
    /// `reopen`: SIGUSR1 (reopen the log file).
    Reopen,
    /// `reload`: SIGHUP (reload the config file).
    Reload,
    /// `ldm`: SIGUSR2 (lame duck mode).
    Ldm,
    /// `term`: SIGTERM.
    Term,
}

impl SignalCommand {
    /// Parses a command name (case-sensitive, as upstream).
    pub fn parse(s: &str) -> Option<SignalCommand> {
        Some(match s {
            "stop" => SignalCommand::Stop,
            "quit" => SignalCommand::Quit,
            "reopen" => SignalCommand::Reopen,
            "reload" => SignalCommand::Reload,
            "ldm" => SignalCommand::Ldm,
            "term" => SignalCommand::Term,
            _ => return None,
        })
    }

    /// The signal number.
    pub fn signal(self) -> i32 {
        match self {
            SignalCommand::Stop => libc::SIGKILL,
            SignalCommand::Quit => libc::SIGINT,
            SignalCommand::Reopen => libc::SIGUSR1,
            SignalCommand::Reload => libc::SIGHUP,
            SignalCommand::Ldm => libc::SIGUSR2,
            SignalCommand::Term => libc::SIGTERM,
        }
    }
}

/// Why `--signal` failed; the texts are upstream's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignalError {
    /// More than one `=` in `CMD=PID`.
    #[error("invalid signal parameters: [{}]", .0.join(" "))]
    InvalidParameters(Vec<String>),
    /// The PID is neither a positive number nor a readable pid file.
    #[error("invalid pid: {0}")]
    InvalidPid(String),
    /// No PID given and none or several candidate processes.
    #[error("no {PROCESS_NAME} processes running")]
    NoProcess,
    /// No PID given and several servers run.
    #[error("multiple {PROCESS_NAME} processes running:{}", .0.iter().map(|p| format!("\n{p}")).collect::<String>())]
    Multiple(Vec<i32>),
    /// The command is not one of ldm, stop, quit, term, reopen, reload.
    #[error("unknown signal {0:?}")]
    UnknownCommand(String),
    /// `kill(2)` failed for one or more processes.
    #[error("{}", .0.join("\n"))]
    Kill(Vec<String>),
}

/// `--signal CMD[=PID|PIDFILE]`: sends CMD's signal to PID, to the pid in PIDFILE, to every
/// server whose pid starts with `PREFIX` for `PREFIX*`, or, with no PID, to the single running
/// server (a process named `nats-server`, or `rnats server`).
pub fn process_signal(spec: &str) -> Result<(), SignalError> {
    let parts: Vec<&str> = spec.split('=').collect();
    if parts.len() > 2 {
        return Err(SignalError::InvalidParameters(
            parts[2..].iter().map(|s| s.to_string()).collect(),
        ));
    }
    let command = parts[0];
    let expr = parts
        .get(1)
        .map(|p| maybe_read_pid_file(p))
        .unwrap_or_default();
    let is_glob = expr.ends_with('*');
    let prefix = expr.trim_end_matches('*');
    let explicit = if prefix.is_empty() {
        None
    } else {
        match prefix.parse::<i32>() {
            // 0 and negatives would signal process groups or every process: never.
            Ok(pid) if pid > 0 => Some(pid),
            _ => return Err(SignalError::InvalidPid(prefix.to_string())),
        }
    };
    let pids = match explicit {
        Some(pid) if !is_glob => vec![pid],
        _ => {
            let all = resolve_pids();
            if is_glob {
                all.into_iter()
                    .filter(|p| p.to_string().starts_with(prefix))
                    .collect()
            } else {
                all
            }
        }
    };
    if pids.len() > 1 && !is_glob {
        return Err(SignalError::Multiple(pids));
    }
    if pids.is_empty() {
        return Err(SignalError::NoProcess);
    }
    let cmd = SignalCommand::parse(command)
        .ok_or_else(|| SignalError::UnknownCommand(command.to_string()))?;
    let failures: Vec<String> = pids
        .iter()
        .filter_map(|&pid| {
            kill(pid, cmd.signal())
                .err()
                .map(|e| format!("signal {command:?} {pid}: {}", go_errno_text(&e)))
        })
        .collect();
    if failures.is_empty() {
        Ok(())
    } else {
        Err(SignalError::Kill(failures))
    }
}

/// Upstream `maybeReadPidFile`: the contents of the file at `s` if it can be read, else `s`.
fn maybe_read_pid_file(s: &str) -> String {
    match std::fs::read_to_string(s) {
        Ok(contents) => contents.trim().to_string(),
        Err(_) => s.to_string(),
    }
}

/// Pids of running servers other than this process: processes named `nats-server` (what
/// upstream's `pgrep nats-server` finds, symlinked rnats included) and `rnats server`.
fn resolve_pids() -> Vec<i32> {
    let me = std::process::id() as i32;
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut pids: Vec<i32> = dir
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|&pid| pid != me && is_server_process(pid))
        .collect();
    pids.sort_unstable();
    pids
}

fn is_server_process(pid: i32) -> bool {
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    match comm.trim_end() {
        "nats-server" => true,
        "rnats" => std::fs::read(format!("/proc/{pid}/cmdline"))
            .map(|c| c.split(|&b| b == 0).nth(1) == Some(b"server"))
            .unwrap_or(false),
        _ => false,
    }
}

/// Sends `sig` to `pid` (> 0).
#[allow(unsafe_code)] // reason: kill(2) has no safe std wrapper; this is the one call.
fn kill(pid: i32, sig: i32) -> io::Result<()> {
    if pid <= 0 {
        return Err(io::Error::from_raw_os_error(libc::ESRCH));
    }
    // SAFETY: kill(2) takes two plain integers and reads or writes no memory of this process;
    // pid > 0 was checked above, so it targets exactly one process, never a group.
    let rc = unsafe { libc::kill(pid, sig) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// An OS error worded as Go's `syscall.Errno.Error()` words the common ones.
pub fn go_errno_text(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(libc::ESRCH) => "no such process".to_string(),
        Some(libc::EPERM) => "operation not permitted".to_string(),
        Some(libc::ENOENT) => "no such file or directory".to_string(),
        Some(libc::EACCES) => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// The logger settings `opts` asks for.
pub fn log_config(opts: &Options) -> LogConfig {
    LogConfig {
        file: opts.log_file.clone(),
        logtime: opts.logtime,
        utc: opts.logtime_utc,
        debug: opts.debug,
        trace: opts.trace,
    }
}

/// Upstream's `Ports` (`server/server.go`): URLs per listener, empty ones left out.
#[derive(Debug, Default, serde::Serialize, PartialEq, Eq)]
pub struct Ports {
    /// Client listener URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nats: Vec<String>,
    /// Monitoring listener URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<String>,
    /// Cluster listener URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cluster: Vec<String>,
    /// Profiling listener URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profile: Vec<String>,
    /// WebSocket listener URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub websocket: Vec<String>,
}

/// `scheme://host:port` for each address a client can use to reach `addr`. Upstream lists every
/// interface address for a wildcard bind; we list loopback and the primary outbound address (no
/// interface enumeration without more unsafe code), loopback first as upstream's order has it.
pub fn listener_urls(scheme: &str, addr: SocketAddr) -> Vec<String> {
    let ips: Vec<IpAddr> = if addr.ip().is_unspecified() {
        let (loopback, probe): (IpAddr, SocketAddr) = match addr.ip() {
            IpAddr::V4(_) => (
                Ipv4Addr::LOCALHOST.into(),
                (Ipv4Addr::new(192, 0, 2, 1), 9).into(),
            ),
            IpAddr::V6(_) => (
                Ipv6Addr::LOCALHOST.into(),
                (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), 9).into(),
            ),
        };
        let mut ips = vec![loopback];
        if let Some(ip) = outbound_ip(probe).filter(|ip| !ip.is_loopback()) {
            ips.push(ip);
        }
        ips
    } else {
        vec![addr.ip()]
    };
    ips.into_iter()
        .map(|ip| format!("{scheme}://{}", SocketAddr::new(ip, addr.port())))
        .collect()
}

/// The local address the kernel would route `probe` from (a UDP connect sends nothing).
fn outbound_ip(probe: SocketAddr) -> Option<IpAddr> {
    let bind: SocketAddr = match probe {
        SocketAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        SocketAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let sock = UdpSocket::bind(bind).ok()?;
    sock.connect(probe).ok()?;
    Some(sock.local_addr().ok()?.ip())
}

/// `DIR/<exe>_<pid>.ports`, named after `argv[0]` like upstream's `portFile`.
pub fn ports_file_path(dir: &Path) -> PathBuf {
    let exe = std::env::args_os()
        .next()
        .map(PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| PROCESS_NAME.to_string());
    dir.join(format!("{exe}_{}.ports", std::process::id()))
}

/// Files this process created and removes on exit.
#[derive(Debug, Default)]
struct Cleanup {
    files: Vec<PathBuf>,
}

impl Cleanup {
    fn remove_all(&mut self) {
        for f in self.files.drain(..) {
            if let Err(e) = std::fs::remove_file(&f) {
                log_error!(
                    "Error cleaning up file {}: {}",
                    f.display(),
                    go_errno_text(&e)
                );
            }
        }
    }
}

/// The Unix signals the server handles.
struct Signals {
    int: Signal,
    term: Signal,
    hup: Signal,
    usr1: Signal,
    usr2: Signal,
}

impl Signals {
    fn install() -> io::Result<Signals> {
        Ok(Signals {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
            hup: signal(SignalKind::hangup())?,
            usr1: signal(SignalKind::user_defined1())?,
            usr2: signal(SignalKind::user_defined2())?,
        })
    }

    /// The next signal, named as Go's `os.Signal.String()` names it.
    async fn next(&mut self) -> &'static str {
        tokio::select! {
            _ = self.int.recv() => "interrupt",
            _ = self.term.recv() => "terminated",
            _ = self.hup.recv() => "hangup",
            _ = self.usr1.recv() => "user defined signal 1",
            _ = self.usr2.recv() => "user defined signal 2",
        }
    }
}

/// Starts `server`, writes the pid and ports files, logs `Server is ready`, and handles signals
/// until the server has shut down (by signal or lame duck). `flags` are re-applied over the
/// config file on every reload, as upstream's `FlagSnapshot`.
pub async fn serve(server: Arc<Server>, flags: Arc<Flags>) -> ExitCode {
    let mut cleanup = Cleanup::default();
    let code = serve_inner(&server, &flags, &mut cleanup).await;
    cleanup.remove_all();
    if code == ExitCode::SUCCESS {
        log_info!("Server Exiting..");
    }
    code
}

async fn serve_inner(server: &Arc<Server>, flags: &Flags, cleanup: &mut Cleanup) -> ExitCode {
    let opts = server.options();
    // Installed before "Server is ready", so a signal sent right after it is never lost.
    let mut signals = match Signals::install() {
        Ok(s) => s,
        Err(e) => {
            log_fatal!("Can't install signal handlers: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(pid_file) = &opts.pid_file {
        if let Err(e) = std::fs::write(pid_file, std::process::id().to_string()) {
            log_fatal!("Could not write pidfile: {}", go_errno_text(&e));
            return ExitCode::FAILURE;
        }
        cleanup.files.push(pid_file.clone());
    }
    if let Err(e) = server.start().await {
        log_fatal!("{e:#}");
        server.shutdown();
        return ExitCode::FAILURE;
    }
    if let Some(dir) = &opts.ports_file_dir {
        write_ports_file(server, dir, cleanup);
    }
    log_info!("Server is ready");

    let mut shutdown = server.shutdown_signal();
    loop {
        tokio::select! {
            _ = wait_shutdown(&mut shutdown) => break,
            name = signals.next() => {
                log_info!("Trapped {name:?} signal");
                match name {
                    "interrupt" => server.shutdown(),
                    // Upstream ignores SIGTERM once lame duck mode has begun: it ends on its own.
                    "terminated" if !server.in_lame_duck() => server.shutdown(),
                    "terminated" => {}
                    "hangup" => reload(server, flags),
                    "user defined signal 1" => reopen_log(server),
                    _ => server.enter_lame_duck(),
                }
            }
        }
    }
    log_info!("Initiating Shutdown...");
    server.wait_for_shutdown().await;
    ExitCode::SUCCESS
}

fn write_ports_file(server: &Server, dir: &Path, cleanup: &mut Cleanup) {
    let ports = Ports {
        nats: server
            .client_addr()
            .map(|a| listener_urls("nats", a))
            .unwrap_or_default(),
        monitoring: server
            .monitor_addr()
            .map(|a| listener_urls("http", a))
            .unwrap_or_default(),
        ..Ports::default()
    };
    let path = ports_file_path(dir);
    let written = serde_json::to_vec(&ports)
        .map_err(io::Error::other)
        .and_then(|json| std::fs::write(&path, json));
    match written {
        Ok(()) => cleanup.files.push(path),
        Err(e) => log_error!(
            "Error writing ports file ({}): {}",
            path.display(),
            go_errno_text(&e)
        ),
    }
}

/// SIGUSR1: reopen the log file (logrotate).
fn reopen_log(server: &Server) {
    if server.options().log_file.is_none() {
        log_info!("File log re-open ignored, not a file logger");
        return;
    }
    match log::reopen() {
        Ok(()) => log_info!("File log re-opened"),
        Err(e) => log_error!("Error re-opening log file: {}", go_errno_text(&e)),
    }
}

/// SIGHUP: load the config file again, apply the command-line flags over it, hand the result to
/// the server, and apply the logging settings.
fn reload(server: &Server, flags: &Flags) {
    match reloaded_options(server, flags) {
        Ok((opts, warnings)) => {
            let log_cfg = log_config(&opts);
            if let Err(e) = server.reload(opts) {
                log_error!("Failed to reload server configuration: {e}");
                return;
            }
            // Accounts the reload added get their JetStream (or its "not enabled" answer).
            if let Some(js) = server.jetstream() {
                if let Err(e) = js.configure_accounts() {
                    log_error!("JetStream accounts after reload: {e}");
                }
            }
            if let Err(e) = log::configure(&log_cfg) {
                log_error!("Failed to reload server configuration: log file: {e}");
            }
            for w in warnings {
                log_warn!("{w}");
            }
            log_info!("Reloaded server configuration");
        }
        Err(e) => log_error!("Failed to reload server configuration: {e}"),
    }
}

fn reloaded_options(server: &Server, flags: &Flags) -> Result<(Options, Vec<String>), String> {
    let Some(path) = server.options().config_file.clone() else {
        return Err("can only reload config when a file is provided using -c or --config".into());
    };
    let mut opts = Options::default();
    let mut warnings = config::load_into(&mut opts, &path)
        .map_err(|e| e.to_string())?
        .warnings;
    flags.apply_to(&mut opts).map_err(|e| e.to_string())?;
    warnings.extend(config::validate(&opts).map_err(|e| e.to_string())?);
    Ok((opts, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signal_commands() {
        let cases = [
            ("stop", libc::SIGKILL),
            ("quit", libc::SIGINT),
            ("reopen", libc::SIGUSR1),
            ("reload", libc::SIGHUP),
            ("ldm", libc::SIGUSR2),
            ("term", libc::SIGTERM),
        ];
        for (name, sig) in cases {
            assert_eq!(SignalCommand::parse(name).map(|c| c.signal()), Some(sig));
        }
        assert_eq!(SignalCommand::parse("RELOAD"), None);
    }

    /// Error texts as nats-server prints them (after its `nats-server: ` prefix). Every case
    /// names an explicit pid that cannot exist, so nothing is ever signalled.
    #[test]
    fn signal_errors() {
        let dead = i32::MAX.to_string();
        let cases: Vec<(String, String)> = vec![
            (
                "reload=1=2=3".into(),
                "invalid signal parameters: [2 3]".into(),
            ),
            ("reload=abc".into(), "invalid pid: abc".into()),
            (
                "reload=/nonexistent/x.pid".into(),
                "invalid pid: /nonexistent/x.pid".into(),
            ),
            ("reload=0".into(), "invalid pid: 0".into()),
            ("reload=-1".into(), "invalid pid: -1".into()),
            (format!("bogus={dead}"), "unknown signal \"bogus\"".into()),
            (
                format!("reload={dead}"),
                format!("signal \"reload\" {dead}: no such process"),
            ),
        ];
        for (spec, want) in cases {
            let got = process_signal(&spec).map_err(|e| e.to_string());
            assert_eq!(got, Err(want), "{spec}");
        }
    }

    #[test]
    fn signal_pid_from_file() {
        let dir = std::env::temp_dir().join(format!("rnats-lifecycle-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("ok");
        let file = dir.join("srv.pid");
        std::fs::write(&file, format!("{}\n", i32::MAX)).expect("ok");
        let got = process_signal(&format!("reload={}", file.display()));
        assert_eq!(
            got.map_err(|e| e.to_string()),
            Err(format!("signal \"reload\" {}: no such process", i32::MAX))
        );
        std::fs::remove_dir_all(&dir).expect("ok");
    }

    #[test]
    fn multiple_error_lists_pids() {
        assert_eq!(
            SignalError::Multiple(vec![10, 20]).to_string(),
            "multiple nats-server processes running:\n10\n20"
        );
    }

    #[test]
    fn ports_json_shape() {
        let p = Ports {
            nats: vec!["nats://127.0.0.1:4222".into()],
            monitoring: vec!["http://127.0.0.1:8222".into()],
            ..Ports::default()
        };
        assert_eq!(
            serde_json::to_string(&p).expect("ok"),
            r#"{"nats":["nats://127.0.0.1:4222"],"monitoring":["http://127.0.0.1:8222"]}"#
        );
    }

    #[test]
    fn urls_for_bound_addresses() {
        assert_eq!(
            listener_urls("nats", "127.0.0.1:4222".parse().expect("ok")),
            vec!["nats://127.0.0.1:4222"]
        );
        assert_eq!(
            listener_urls("nats", "[::1]:4222".parse().expect("ok")),
            vec!["nats://[::1]:4222"]
        );
        let any = listener_urls("http", "0.0.0.0:8222".parse().expect("ok"));
        assert_eq!(any[0], "http://127.0.0.1:8222");
        assert!(any
            .iter()
            .all(|u| u.starts_with("http://") && u.ends_with(":8222")));
    }

    #[test]
    fn log_config_follows_options() {
        let opts = Options {
            log_file: Some("/tmp/x.log".into()),
            logtime: false,
            logtime_utc: true,
            debug: true,
            trace: false,
            ..Options::default()
        };
        let c = log_config(&opts);
        assert_eq!(c.file, Some(PathBuf::from("/tmp/x.log")));
        assert!(!c.logtime && c.utc && c.debug && !c.trace);
    }
}
