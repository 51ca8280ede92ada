//! The command line as a whole, issue 14 (https://github.com/rnats/rnats/issues/14): natscli's
//! command tree (fixture built from natscli's source), the one refusal for what rnats lacks,
//! help listings and marks, shell completions driven by real shells, and man page cross
//! references.

use crate::util::{run_bounded, server_test, Kind, TestServer};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn rnats(args: &[&str]) -> Output {
    Command::new(RNATS).args(args).output().expect("run rnats")
}

/// The binary under a personality's name (a symlink in a temporary directory).
struct Link {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Link {
    fn new(name: &str) -> Link {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        std::os::unix::fs::symlink(RNATS, &path).expect("symlink");
        Link { _dir: dir, path }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(&self.path)
            .args(args)
            .output()
            .expect("run link")
    }
}

/// Every natscli command or flag rnats lacks is refused the same way, with or without a server:
/// one line naming it, exit code 2, nothing on stdout.
#[test]
fn unsupported_commands_and_flags_are_refused_in_one_line() {
    let nats = Link::new("nats");
    let cases: &[(&[&str], &str)] = &[
        (&["consumer", "reset", "S", "C"], "nats consumer reset"),
        (&["st", "cluster", "step-down", "X"], "nats stream cluster"),
        (&["account", "tls"], "nats account tls"),
        (
            &["stream", "cluster", "step-down", "X"],
            "nats stream cluster",
        ),
        (
            &["server", "list", "--archive", "a.tar"],
            "nats server list --archive",
        ),
        (
            &["consumer", "edit", "S", "C", "--interactive"],
            "nats consumer edit --interactive",
        ),
        (
            &["--socks-proxy", "p:1", "pub", "x", "y"],
            "nats --socks-proxy",
        ),
        (
            &["pub", "x", "y", "--socks-proxy", "p:1"],
            "nats --socks-proxy",
        ),
        (&["server", "report", "cpu"], "nats server report cpu"),
        (&["srv", "watch", "js"], "nats server watch"),
        (&["system", "cluster", "step-down"], "nats server cluster"),
        (
            &["consumer", "cluster", "step-down"],
            "nats consumer cluster",
        ),
        (&["audit", "gather"], "nats audit"),
        (&["auth", "account", "ls"], "nats auth"),
        (&["server", "watch", "js"], "nats server watch"),
        (&["account", "tls"], "nats account tls"),
    ];
    for (args, what) in cases {
        let want = format!("nats: error: `{what}` is not supported by rnats yet\n");
        for (how, out) in [("rnats", rnats(args)), ("nats", nats.run(args))] {
            assert_eq!(out.status.code(), Some(2), "{how} {args:?}: {out:?}");
            assert_eq!(text(&out.stderr), want, "{how} {args:?}");
            assert!(out.stdout.is_empty(), "{how} {args:?}: {out:?}");
        }
    }
    // A typo stays clap's usage error (exit 1), not a refusal.
    let out = rnats(&["stream", "bakup"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(!text(&out.stderr).contains("not supported"), "{out:?}");
}

/// One line of a command tree listing: path, aliases, hidden, refused by rnats.
#[derive(Debug)]
struct TreeEntry {
    path: Vec<String>,
    aliases: Vec<String>,
    unsupported: bool,
}

/// Parses `path words [aliases: a b] [hidden] [unsupported] -- help` lines ('#' lines skipped).
fn parse_tree(listing: &str) -> Vec<TreeEntry> {
    listing
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let line = line.split(" -- ").next().unwrap_or(line);
            let (words, marks) = line.split_once(" [").unwrap_or((line, ""));
            let aliases = marks
                .split_once("aliases: ")
                .map(|(_, rest)| {
                    rest.split(']')
                        .next()
                        .unwrap_or("")
                        .split_whitespace()
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            TreeEntry {
                path: words.split_whitespace().map(str::to_string).collect(),
                aliases,
                unsupported: marks.contains("unsupported]"),
            }
        })
        .collect()
}

/// rnats' `nats` tree (`rnats generate tree`) holds natscli's whole tree (the fixture, built
/// from natscli's source by `scripts/natscli-tree.py`): every command and every alias resolves,
/// as implemented or as a refused placeholder (whose subtree it refuses), and rnats invents no
/// refused command natscli does not have.
#[test]
fn natscli_command_tree_matches_the_fixture() {
    let fixture = std::fs::read_to_string(repo().join("tests/fixtures/natscli-commands.txt"))
        .expect("fixture");
    let natscli = parse_tree(&fixture);
    assert!(natscli.len() > 200, "fixture too small: {}", natscli.len());
    let out = rnats(&["generate", "tree"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let ours = parse_tree(&text(&out.stdout));

    // Resolves natscli's words (names or aliases) to one of our entries, level by level; stops
    // at a refused placeholder.
    let resolve = |words: &[String]| -> Option<&TreeEntry> {
        let mut found: Option<&TreeEntry> = None;
        let mut path: Vec<String> = Vec::new();
        for w in words {
            if found.is_some_and(|e| e.unsupported) {
                return found;
            }
            let e = ours.iter().find(|e| {
                e.path.len() == path.len() + 1
                    && e.path[..path.len()] == path[..]
                    && (e.path[path.len()] == *w || e.aliases.contains(w))
            })?;
            path = e.path.clone();
            found = Some(e);
        }
        found
    };
    let mut problems = Vec::new();
    for n in &natscli {
        match resolve(&n.path) {
            None => problems.push(format!("`nats {}` is missing", n.path.join(" "))),
            Some(e) if e.path.len() == n.path.len() => {
                for a in &n.aliases {
                    if !e.aliases.contains(a) && e.path.last() != Some(a) {
                        problems.push(format!(
                            "`nats {}` lacks natscli's alias {a}",
                            n.path.join(" ")
                        ));
                    }
                }
            }
            Some(_) => {} // inside a refused subtree
        }
    }
    for e in ours.iter().filter(|e| e.unsupported) {
        if !natscli.iter().any(|n| n.path == e.path) {
            problems.push(format!(
                "`nats {}` is refused but natscli has no such command",
                e.path.join(" ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Every family and alias dispatches from `rnats X` and from the `nats` link alike.
    let nats = Link::new("nats");
    for n in natscli.iter().filter(|n| n.path.len() == 1) {
        for word in std::iter::once(&n.path[0]).chain(&n.aliases) {
            // `rnats top` is the nats-top personality (natscli's `top` only via the link).
            let runs = if word == "top" {
                vec![("nats", nats.run(&[word, "--help"]))]
            } else {
                vec![
                    ("rnats", rnats(&[word, "--help"])),
                    ("nats", nats.run(&[word, "--help"])),
                ]
            };
            for (how, out) in runs {
                assert_eq!(out.status.code(), Some(0), "{how} {word} --help: {out:?}");
                assert!(
                    text(&out.stdout).contains("Usage:"),
                    "{how} {word} --help: {}",
                    text(&out.stdout)
                );
            }
        }
    }
}

/// Whether `shell` can be run; prints why a test skips when not.
fn have_shell(shell: &str) -> bool {
    let ok = Command::new(shell)
        .args(["-c", "exit 0"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipping the {shell} completion checks: {shell} is not installed (.ci/run installs it)");
    }
    ok
}

/// The candidates the shipped bash script offers for `words` (the last one being completed),
/// as bash-completion would call it: COMP_WORDS and COMP_CWORD set, then the function.
fn bash_complete(file: &str, words: &[&str]) -> Vec<String> {
    let bin = words[0];
    let func = format!("_{}_complete", bin.replace('-', "_"));
    let script = r#"source "$1"; func=$2; shift 2
        COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$*"
        COMPREPLY=(); "$func"; printf '%s\n' "${COMPREPLY[@]}""#;
    let mut cmd = Command::new("bash");
    cmd.args(["-c", script, "bash"])
        .arg(repo().join("completions").join(file))
        .arg(func)
        .args(words);
    let out = run_bounded(cmd, Duration::from_secs(20));
    assert!(out.status.success(), "bash {words:?}: {out:?}");
    text(&out.stdout).lines().map(str::to_string).collect()
}

/// The same through zsh: the script's function with `words`/`CURRENT` set and `compadd` and
/// `_files` standing in for the completion system's builtins (they print the candidates).
fn zsh_complete(file: &str, words: &[&str]) -> Vec<String> {
    let func = format!("_{}", words[0].replace('-', "_"));
    let script = r#"compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
        _files() { print -r -- '<files>' }
        compdef() { : }
        source "$1"; func=$2; shift 2
        words=("$@"); CURRENT=${#words}
        "$func""#;
    let mut cmd = Command::new("zsh");
    cmd.args(["-f", "-c", script, "zsh"])
        .arg(repo().join("completions").join(file))
        .arg(func)
        .args(words);
    let out = run_bounded(cmd, Duration::from_secs(20));
    assert!(out.status.success(), "zsh {words:?}: {out:?}");
    let prefix = words.last().copied().unwrap_or("");
    // compadd filters by the prefix in a real completion; the stand-in prints everything.
    text(&out.stdout)
        .lines()
        .filter(|c| c.starts_with(prefix))
        .map(str::to_string)
        .collect()
}

/// The same through fish's own `complete -C` on the command line.
fn fish_complete(file: &str, line: &str) -> Vec<String> {
    let mut cmd = Command::new("fish");
    cmd.args(["--no-config", "-c"]).arg(format!(
        "source '{}'; complete -C '{line}'",
        repo().join("completions").join(file).display()
    ));
    let out = run_bounded(cmd, Duration::from_secs(20));
    assert!(out.status.success(), "fish {line:?}: {out:?}");
    text(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(l).to_string())
        .collect()
}

/// (completion file per shell: bash, zsh, fish; the words typed; a candidate that must be
/// offered; one that must not).
const COMPLETIONS: &[(&str, &[&str], &str, &str)] = &[
    ("rnats", &["rnats", "p"], "pub", "stream"),
    ("rnats", &["rnats", "p"], "publish", "sub"),
    ("rnats", &["rnats", "stream", "a"], "add", "ls"),
    ("rnats", &["rnats", "st", "a"], "add", "ls"),
    (
        "rnats",
        &["rnats", "-s", "nats://h:1", "stream", "a"],
        "add",
        "ls",
    ),
    ("rnats", &["rnats", "server", "-j"], "-js", "--json"),
    ("rnats", &["rnats", "server", "-j"], "-jetstream", "--js"),
    ("rnats", &["rnats", "server", "rep"], "report", "ping"),
    (
        "rnats",
        &["rnats", "server", "report", "co"],
        "connections",
        "accounts",
    ),
    ("rnats", &["rnats", "pub", "--ser"], "--server", "-server"),
    (
        "rnats",
        &["rnats", "stream", "add", "--sto"],
        "--storage",
        "--server",
    ),
    (
        "rnats",
        &["rnats", "stream", "add", "--storage", "m"],
        "memory",
        "file",
    ),
    ("rnats", &["rnats", "stream", "b"], "backup", "add"),
    ("rnats", &["rnats", "nsc", "add", "u"], "user", "account"),
    ("rnats", &["rnats", "top", "-so"], "-sort", "--server"),
    ("nats", &["nats", "st", "a"], "add", "ls"),
    ("nats", &["nats", "c"], "consumer", "stream"),
    (
        "nats",
        &["nats", "kv", "add", "--mi"],
        "--mirror",
        "--server",
    ),
    ("nats-server", &["nats-server", "-j"], "-js", "--json"),
    ("nats-server", &["nats-server", "--j"], "--js", "-js"),
    ("nats-server", &["nats-server", "-s"], "-sd", "-js"),
    ("nsc", &["nsc", "add", "u"], "user", "account"),
    ("nats-top", &["nats-top", "-so"], "-sort", "-s"),
];

/// The shipped completion scripts complete at every depth in real shells: `rnats p<TAB>` offers
/// `pub`, `rnats stream a<TAB>` offers `add`, `nats-server -j<TAB>` offers `-js` (Go's
/// single-dash flags), for rnats and each personality's name, in bash, zsh and fish.
#[test]
fn completions_work_in_bash_zsh_and_fish() {
    let mut checked = 0;
    for shell in ["bash", "zsh", "fish"] {
        if !have_shell(shell) {
            continue;
        }
        for (name, words, want, not) in COMPLETIONS {
            let got = match shell {
                "bash" => bash_complete(&format!("{name}.bash"), words),
                "zsh" => zsh_complete(&format!("_{name}"), words),
                _ => fish_complete(&format!("{name}.fish"), &words.join(" ")),
            };
            assert!(
                got.iter().any(|c| c == want),
                "{shell}: {words:?} should offer {want}: {got:?}"
            );
            assert!(
                !got.iter().any(|c| c == not),
                "{shell}: {words:?} should not offer {not}: {got:?}"
            );
            checked += 1;
        }
    }
    assert!(
        checked > 0 || std::env::var_os("CI").is_none(),
        "no shell to test completions with in CI"
    );
}

/// One man page per command, and every page a page refers to (`name(1)`) is shipped.
#[test]
fn man_page_references_resolve() {
    let dir = repo().join("man");
    let mut pages = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(&dir).expect("man/") {
        let name = e.expect("entry").file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".1") {
            pages.insert(stem.to_string());
        }
    }
    for want in [
        "rnats",
        "nats-server",
        "nats",
        "nsc",
        "nats-top",
        "nats-stream-add",
        "nats-stream-backup",
        "nats-server-ping",
        "nats-kv-put",
        "nsc-add-user",
    ] {
        assert!(pages.contains(want), "man/{want}.1 missing");
    }
    let mut missing = Vec::new();
    let mut refs = 0;
    for page in &pages {
        let roff = std::fs::read_to_string(dir.join(format!("{page}.1"))).expect("page");
        let plain = roff
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "");
        // `name(1)` where name is a command-like word.
        for (i, _) in plain.match_indices("(1)") {
            let before = &plain[..i];
            let start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .map_or(0, |p| p + 1);
            let name = &before[start..];
            if name.is_empty() {
                continue;
            }
            refs += 1;
            if !pages.contains(name) {
                missing.push(format!("{page}.1 refers to {name}(1)"));
            }
        }
        if page != "rnats" {
            assert!(
                roff.contains(".SH \"SEE ALSO\""),
                "{page}.1 has no SEE ALSO"
            );
        }
    }
    assert!(refs > pages.len(), "too few references found: {refs}");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// A running `rnats` whose stdout and stderr are collected by reader threads; killed on drop.
struct Running {
    child: std::process::Child,
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
}

impl Running {
    fn spawn(args: &[&str]) -> Running {
        let mut child = Command::new(RNATS)
            .args(args)
            .env_remove("NATS_URL")
            .env_remove("NATS_CONTEXT")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn rnats");
        let out = Arc::new(Mutex::new(Vec::new()));
        let err = Arc::new(Mutex::new(Vec::new()));
        let pipes: [(Box<dyn std::io::Read + Send>, _); 2] = [
            (
                Box::new(child.stdout.take().expect("stdout")),
                Arc::clone(&out),
            ),
            (
                Box::new(child.stderr.take().expect("stderr")),
                Arc::clone(&err),
            ),
        ];
        for (mut pipe, sink) in pipes {
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock().expect("sink").extend_from_slice(&buf[..n]);
                }
            });
        }
        Running { child, out, err }
    }

    fn stdout(&self) -> String {
        text(&self.out.lock().expect("out"))
    }

    fn stderr(&self) -> String {
        text(&self.err.lock().expect("err"))
    }

    /// Waits (at most 20 s) until stdout or stderr contains `needle`.
    fn wait_for(&self, stderr: bool, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            let have = if stderr { self.stderr() } else { self.stdout() };
            if have.contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "no {needle:?} within 20s\nstderr:\n{}\nstdout:\n{}",
            self.stderr(),
            self.stdout()
        );
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `sub --trace` logs natscli's `>>> Reconnected to URL (ADDR)` (cli/util.go's
/// ReconnectHandler) after the server restarts on the same port, following the `Disconnected
/// due to` line natscli always prints, and the subscription works again.
async fn sub_reconnect(kind: Kind) {
    let mut server = TestServer::start(kind, &[]);
    let port = server.port().to_string();
    let url = server.url();
    let sub = Running::spawn(&["--trace", "-s", &url, "sub", "reconnect.>"]);
    sub.wait_for(true, "Subscribing on reconnect.>");
    sub.wait_for(true, &format!(">>> Connected to {url} (127.0.0.1:{port})"));
    server.terminate();
    sub.wait_for(true, ">>> Disconnected due to: ");
    sub.wait_for(true, ", will attempt reconnect");
    let restarted = TestServer::start(kind, &["-p", &port]);
    sub.wait_for(
        true,
        &format!(">>> Reconnected to {url} (127.0.0.1:{port})"),
    );
    let out = rnats(&["-s", &restarted.url(), "pub", "reconnect.after", "back"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    sub.wait_for(false, "Received on \"reconnect.after\"");
    sub.wait_for(false, "back");
}
server_test!(sub_reconnect => sub_reconnect_rnats, sub_reconnect_reference);

/// `rnats --help` lists every personality and every (visible) natscli command from the
/// fixture; a command's help shows its own flags before the global ones; flags and commands
/// that are only refused say so in help.
#[test]
fn help_lists_everything_and_marks_what_is_refused() {
    let out = rnats(&["--help"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let help = text(&out.stdout);
    for p in ["nats-server", "nats", "nsc", "nats-top"] {
        assert!(help.contains(p), "rnats --help lacks {p}:\n{help}");
    }
    let fixture = std::fs::read_to_string(repo().join("tests/fixtures/natscli-commands.txt"))
        .expect("fixture");
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        let words: Vec<&str> = line.split(" [").next().unwrap_or("").split(' ').collect();
        if words.len() != 1 || line.contains("[hidden]") {
            continue;
        }
        let listed = help
            .lines()
            .any(|l| l.trim_start().split([',', ' ']).next() == Some(words[0]));
        assert!(listed, "rnats --help does not list `{}`:\n{help}", words[0]);
    }
    assert!(
        help.lines()
            .any(|l| l.trim_start().starts_with("audit")
                && l.ends_with("[not supported by rnats yet]")),
        "{help}"
    );

    let out = rnats(&["pub", "--help"]);
    let help = text(&out.stdout);
    let own = help.find("--count").expect("pub's own --count");
    let globals = help
        .find("Global Options:")
        .expect("a Global Options section");
    let server = help.find("--server").expect("global --server");
    assert!(own < globals && globals < server, "{help}");
    let atomic = help
        .lines()
        .skip_while(|l| !l.contains("--atomic"))
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(atomic.contains("Atomic batch publish"), "{help}");
    assert!(!atomic.contains("[not supported by rnats yet]"), "{help}");

    let out = rnats(&["stream", "--help"]);
    let help = text(&out.stdout);
    assert!(
        help.lines()
            .any(|l| l.trim_start().starts_with("cluster")
                && l.contains("[not supported by rnats yet]")),
        "{help}"
    );
    let out = rnats(&["server", "list", "--help"]);
    assert!(
        text(&out.stdout).contains("Read data from an archive file [not supported by rnats yet]"),
        "{}",
        text(&out.stdout)
    );
    // The server's Go-style flags rnats lacks carry the same mark.
    let out = rnats(&["server", "--help"]);
    assert!(
        text(&out.stdout).contains("[not supported by rnats yet]"),
        "{}",
        text(&out.stdout)
    );
}
