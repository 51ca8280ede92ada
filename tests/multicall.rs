//! The multi-call binary under its real names: symlinks `nats-server`, `nats`, `nsc` and
//! `nats-top` to the built `rnats` in a temporary directory, each run for real (coreutils'
//! `tests/test_util_name.rs`), plus `rnats <personality>` dispatch and the nats-server process
//! lifecycle (ready line, pid and ports files, `--signal`, exit).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");
const NAMES: [&str; 4] = ["nats-server", "nats", "nsc", "nats-top"];
const WAIT: Duration = Duration::from_secs(20);

/// A temporary directory holding one symlink per personality name.
struct Links {
    dir: tempfile::TempDir,
}

impl Links {
    fn new() -> Links {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in NAMES {
            std::os::unix::fs::symlink(RNATS, dir.path().join(name)).expect("symlink");
        }
        Links { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, name: &str, args: &[&str]) -> Output {
        Command::new(self.path(name))
            .args(args)
            .output()
            .expect("run personality")
    }
}

fn rnats(args: &[&str]) -> Output {
    Command::new(RNATS).args(args).output().expect("run rnats")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A running server: its stderr lines arrive on a channel; killed on drop.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    fn spawn(program: &Path, args: &[&str]) -> Running {
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for a log line containing `needle` and returns it.
    fn expect_line(&mut self, needle: &str) -> String {
        if let Some(l) = self.seen.iter().find(|l| l.contains(needle)) {
            return l.clone();
        }
        loop {
            match self.lines.recv_timeout(WAIT) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no line with {needle:?}; log so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Waits for the process to exit and returns its exit code.
    fn wait_exit(&mut self) -> Option<i32> {
        let deadline = std::time::Instant::now() + WAIT;
        while std::time::Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Drain what the reader thread still holds.
                self.seen.extend(self.lines.try_iter());
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("server did not exit; log:\n{}", self.seen.join("\n"));
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn nats_server_version() {
    let links = Links::new();
    for flag in ["--version", "-v", "version"] {
        let out = links.run("nats-server", &[flag]);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        let line = text(&out.stdout);
        assert!(line.starts_with("nats-server: v"), "{flag}: {line}");
        assert!(line.contains("rnats"), "{line}");
    }
}

#[test]
fn nats_server_help_lists_every_flag() {
    let links = Links::new();
    for out in [
        links.run("nats-server", &["--help"]),
        rnats(&["server", "-h"]),
    ] {
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.contains("Usage: nats-server [options]"), "{help}");
        for section in [
            "Server Options:",
            "Logging Options:",
            "JetStream Options:",
            "Authorization Options:",
            "TLS Options:",
            "Cluster Options:",
            "Common Options:",
        ] {
            assert!(help.contains(section), "{section} missing:\n{help}");
        }
        for f in rnats_server::flags::FLAGS {
            if let Some(usage) = f.usage {
                for line in usage.lines() {
                    assert!(help.contains(line.trim()), "{line} missing:\n{help}");
                }
            }
        }
    }
}

#[test]
fn nats_server_starts_and_listens() {
    let links = Links::new();
    let mut srv = Running::spawn(&links.path("nats-server"), &["-p", "-1", "-a", "127.0.0.1"]);
    let line = srv.expect_line("Listening for client connections on 127.0.0.1:");
    let port: u16 = line
        .rsplit(':')
        .next()
        .and_then(|p| p.trim().parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    assert_ne!(port, 0);
    srv.expect_line("Server is ready");
    std::net::TcpStream::connect(("127.0.0.1", port)).expect("the logged port accepts");
}

#[test]
fn rnats_server_is_the_same_personality() {
    let mut srv = Running::spawn(Path::new(RNATS), &["server", "-p", "-1", "-a", "127.0.0.1"]);
    srv.expect_line("Starting nats-server");
    srv.expect_line("Listening for client connections on 127.0.0.1:");
}

#[test]
fn nats_top_runs_under_both_names() {
    let links = Links::new();
    let out = links.run("nats-top", &["-v"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text(&out.stdout).starts_with("nats-top v"), "{out:?}");
    let out = rnats(&["top", "--version"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text(&out.stdout).starts_with("nats-top v"), "{out:?}");
    let out = links.run("nats-top", &["-bogus"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        text(&out.stderr).starts_with("nats-top: flag provided but not defined: -bogus\n"),
        "{out:?}"
    );
}

#[test]
fn other_personalities_are_not_included_yet() {
    let links = Links::new();
    // nsc is included: under its own name it runs rnats-nsc.
    let out = links.run("nsc", &["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("describe"));
    for (args, line) in [
        (
            &["auth", "account", "ls"][..],
            "nats: error: `nats auth` is not supported by rnats yet\n",
        ),
        (
            &["--server", "nats://127.0.0.1:1", "audit", "ls"][..],
            "nats: error: `nats audit` is not supported by rnats yet\n",
        ),
    ] {
        let out = rnats(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stderr), line);
    }
    let out = links.run("nats", &["audit", "ls"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "nats: error: `nats audit` is not supported by rnats yet\n"
    );
}

#[test]
fn nats_personality_is_natscli() {
    let links = Links::new();
    for out in [links.run("nats", &["--help"]), rnats(&["nats", "--help"])] {
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let help = text(&out.stdout);
        for family in ["publish", "subscribe", "request", "reply", "rtt", "context"] {
            assert!(help.contains(family), "{family} missing:\n{help}");
        }
    }
    let out = rnats(&["pub", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("--count"));
}

#[test]
fn rnats_own_flags() {
    let out = rnats(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!("rnats {}\n", env!("CARGO_PKG_VERSION"))
    );

    let out = rnats(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for name in ["server", "nats-server", "nsc", "nats-top", "--list"] {
        assert!(help.contains(name), "{name} missing:\n{help}");
    }

    let out = rnats(&["--list"]);
    assert_eq!(text(&out.stdout), "nats-server\nnats\nnsc\nnats-top\n");

    let out = rnats(&["no-such-thing"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("'no-such-thing'"));
}

#[test]
fn unknown_flag_is_an_error() {
    let links = Links::new();
    let out = links.run("nats-server", &["-x"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("flag provided but not defined: -x\n"),
        "{err}"
    );
    assert!(err.contains("nats-server --help"), "{err}");

    let out = rnats(&["server", "--bogus=1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("flag provided but not defined: -bogus\n"));

    let out = links.run("nats-server", &["-p", "abc"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("invalid value \"abc\" for flag -p: parse error\n"));
}

#[test]
fn tls_flags_without_certificates_refuse_to_start() {
    let links = Links::new();
    for (args, expected) in [
        (
            &["--tls", "--tlscert", "c.pem", "--tlskey", "k.pem"][..],
            "nats-server: error parsing X509 certificate/key pair: c.pem:",
        ),
        (
            &["--tlsverify"][..],
            "nats-server: TLS Server certificate must be present and valid",
        ),
    ] {
        let mut full = vec!["-p", "-1", "-a", "127.0.0.1"];
        full.extend_from_slice(args);
        let out = links.run("nats-server", &full);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.starts_with(expected), "{args:?}: {err}");
        assert!(!err.contains("Listening"), "{args:?} started anyway: {err}");
    }
}

#[test]
fn unsupported_flags_warn_and_start() {
    let links = Links::new();
    let mut srv = Running::spawn(
        &links.path("nats-server"),
        &["-p", "-1", "-a", "127.0.0.1", "--routes", "nats://h:1"],
    );
    srv.expect_line("[WRN] --routes ignored: clustering is not supported yet by rnats");
    srv.expect_line("Server is ready");
}

/// Pid and ports files, `--signal reload|quit` by pid file and by pid, clean exit, files removed.
#[test]
fn signal_mode_and_lifecycle() {
    let links = Links::new();
    let work = tempfile::tempdir().expect("temp dir");
    let pid_file = work.path().join("srv.pid");
    let pid_arg = pid_file.to_str().expect("utf-8");
    let ports_dir = work.path().to_str().expect("utf-8");
    let mut srv = Running::spawn(
        &links.path("nats-server"),
        &[
            "-p",
            "-1",
            "-a",
            "127.0.0.1",
            "-P",
            pid_arg,
            "--ports_file_dir",
            ports_dir,
        ],
    );
    let listening = srv.expect_line("Listening for client connections on ");
    srv.expect_line("Server is ready");

    let pid = srv.child.id();
    assert_eq!(
        std::fs::read_to_string(&pid_file).expect("pid file"),
        pid.to_string()
    );
    let ports_file = work.path().join(format!("nats-server_{pid}.ports"));
    let ports: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&ports_file).expect("ports file")).expect("json");
    let url = ports["nats"][0].as_str().expect("nats url");
    let host_port = listening.rsplit(' ').next().expect("addr");
    assert_eq!(url, format!("nats://{host_port}"));

    let out = links.run("nats-server", &["--signal", &format!("reload={pid_arg}")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    srv.expect_line("Trapped \"hangup\" signal");
    srv.expect_line(
        "[ERR] Failed to reload server configuration: can only reload config when a file is provided using -c or --config",
    );

    let out = links.run("nats-server", &["-sl", &format!("quit={pid}")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(srv.wait_exit(), Some(0));
    for line in [
        "Trapped \"interrupt\" signal",
        "Initiating Shutdown...",
        "Server Exiting..",
    ] {
        assert!(
            srv.seen.iter().any(|l| l.contains(line)),
            "{line}:\n{}",
            srv.seen.join("\n")
        );
    }
    assert!(!pid_file.exists(), "pid file left behind");
    assert!(!ports_file.exists(), "ports file left behind");
}

#[test]
fn sigterm_exits_cleanly() {
    let links = Links::new();
    let mut srv = Running::spawn(&links.path("nats-server"), &["-p", "-1", "-a", "127.0.0.1"]);
    srv.expect_line("Server is ready");
    let pid = srv.child.id();
    let out = links.run("nats-server", &["-sl", &format!("term={pid}")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(srv.wait_exit(), Some(0));
    assert!(srv
        .seen
        .iter()
        .any(|l| l.contains("Trapped \"terminated\" signal")));
}

#[test]
fn signal_errors_name_the_problem() {
    let links = Links::new();
    let out = links.run("nats-server", &["-sl", "reload=not-a-pid"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "nats-server: invalid pid: not-a-pid\n");
    let out = links.run("nats-server", &["-sl", &format!("bogus={}", i32::MAX)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "nats-server: unknown signal \"bogus\"\n");
}

/// `-t` reports a valid file; a broken one names `file:line:col`; SIGHUP reloads the file and
/// re-applies the command-line flags over it.
#[test]
fn config_check_and_reload() {
    let links = Links::new();
    let work = tempfile::tempdir().expect("temp dir");
    let conf = work.path().join("server.conf");
    let conf_arg = conf.to_str().expect("utf-8");
    std::fs::write(&conf, "port: 4999\ndebug: false\n").expect("write conf");

    let out = links.run("nats-server", &["-t", "-c", conf_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        format!("nats-server: configuration file {conf_arg} is valid\n")
    );

    let bad = work.path().join("bad.conf");
    std::fs::write(&bad, "port: [\n").expect("write conf");
    let bad_arg = bad.to_str().expect("utf-8");
    let out = links.run("nats-server", &["-t", "-c", bad_arg]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!("nats-server: {bad_arg}:1:")),
        "{err}"
    );

    // The flag wins over the file's port 4999, now and after the reload.
    let mut srv = Running::spawn(
        &links.path("nats-server"),
        &["-c", conf_arg, "-p", "-1", "-a", "127.0.0.1"],
    );
    srv.expect_line(&format!("Using configuration file: {conf_arg}"));
    let listening = srv.expect_line("Listening for client connections on ");
    assert!(!listening.ends_with(":4999"), "{listening}");
    srv.expect_line("Server is ready");
    std::fs::write(&conf, "port: 4999\ndebug: true\n").expect("rewrite conf");
    let pid = srv.child.id();
    let out = links.run("nats-server", &["-sl", &format!("reload={pid}")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    srv.expect_line("[INF] Reloaded server configuration");
}

/// Every natscli alias dispatches from `rnats X` as from the `nats` link (`rnats st ls` is
/// `nats st ls`), and families this build lacks are refused alike, with exit code 2.
#[test]
fn natscli_aliases_dispatch_from_rnats_and_nats() {
    let links = Links::new();
    for alias in [
        "stream", "str", "st", "ms", "s", "consumer", "con", "obs", "c", "ctx", "pub", "sub",
        "req", "kv", "object", "obj",
    ] {
        let via_rnats = rnats(&[alias, "--help"]);
        let via_nats = links.run("nats", &[alias, "--help"]);
        assert_eq!(
            via_rnats.status.code(),
            Some(0),
            "rnats {alias}: {}",
            text(&via_rnats.stderr)
        );
        assert_eq!(
            via_nats.status.code(),
            Some(0),
            "nats {alias}: {}",
            text(&via_nats.stderr)
        );
        assert!(
            text(&via_rnats.stdout).contains("Usage:"),
            "rnats {alias} --help: {}",
            text(&via_rnats.stdout)
        );
    }
    for (family, name) in [("audit", "audit"), ("auth", "auth")] {
        let out = rnats(&[family]);
        assert_eq!(out.status.code(), Some(2), "rnats {family}");
        assert!(
            text(&out.stderr).contains(&format!("`nats {name}` is not supported by rnats yet")),
            "{}",
            text(&out.stderr)
        );
    }
}
