//! `nats stream` end to end: the real binary (stdin not a terminal) against rnats and the
//! reference nats-server, each with JetStream on a temporary store. One scenario runs the
//! family's commands and returns a transcript (stdout, stderr, exit code of each step) with
//! times and durations masked and table padding collapsed; each server's transcript is
//! checked for natscli's output, and [`same_transcript_on_both_servers`] requires the two
//! transcripts to be identical, so our CLI shows the same thing whichever server it talks to.

use std::process::{Command, Stdio};

use crate::util::{available, Kind, TestServer};

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");

fn start_js(kind: Kind, store: &std::path::Path) -> TestServer {
    TestServer::start(kind, &["-js", "-sd", store.to_str().expect("utf-8 path")])
}

/// Runs `rnats -s URL ARGS` with a private config home, no `NATS_*` variables and no
/// terminal; returns `(exit code, stdout, stderr)`.
fn nats(home: &std::path::Path, url: &str, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(RNATS);
    cmd.arg("-s").arg(url).args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    let out = cmd
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .stdin(Stdio::null())
        .output()
        .expect("run rnats");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Masks `YYYY-MM-DD HH:MM:SS` as `[TIME]`, other `HH:MM:SS` as `[CLOCK]`, Go durations as `[DUR]`, collapses runs of
/// spaces and of `─` (table widths follow the masked values).
fn mask(text: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let is_time = |c: &[char]| {
        c.len() >= 19
            && c[4] == '-'
            && c[7] == '-'
            && c[10] == ' '
            && c[13] == ':'
            && c[16] == ':'
            && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
                .iter()
                .all(|&k| c[k].is_ascii_digit())
    };
    let is_clock = |c: &[char]| {
        c.len() >= 8
            && c[2] == ':'
            && c[5] == ':'
            && [0, 1, 3, 4, 6, 7].iter().all(|&k| c[k].is_ascii_digit())
    };
    while i < chars.len() {
        if is_clock(&chars[i..]) {
            out.push_str("[CLOCK]");
            i += 8;
            continue;
        }
        if is_time(&chars[i..]) {
            out.push_str("[TIME]");
            i += 19;
            continue;
        }
        // A duration: digits (and dots) followed by a unit, not inside a word.
        let prev_word = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '.');
        if chars[i].is_ascii_digit() && !prev_word {
            let mut j = i;
            let mut units = 0;
            loop {
                let start = j;
                while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                    j += 1;
                }
                let unit_start = j;
                while j < chars.len() && matches!(chars[j], 'n' | 'µ' | 'm' | 's' | 'h' | 'd' | 'y')
                {
                    j += 1;
                }
                let unit: String = chars[unit_start..j].iter().collect();
                if j == start
                    || !matches!(
                        unit.as_str(),
                        "ns" | "µs" | "ms" | "s" | "m" | "h" | "d" | "y"
                    )
                {
                    j = start;
                    break;
                }
                units += 1;
                if j >= chars.len() || !chars[j].is_ascii_digit() {
                    break;
                }
            }
            let word_continues = j < chars.len() && chars[j].is_alphanumeric();
            if units > 0 && !word_continues {
                out.push_str("[DUR]");
                i = j;
                continue;
            }
        }
        let c = chars[i];
        if (c == ' ' || c == '─') && out.ends_with(c) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Runs the stream commands against `kind` and returns the masked transcript.
async fn transcript(kind: Kind) -> String {
    let store = tempfile::tempdir().expect("store dir");
    let home = tempfile::tempdir().expect("home dir");
    let srv = start_js(kind, store.path());
    let url = srv.url();
    let mut log = String::new();
    let mut step = |args: &[&str]| {
        let (code, out, err) = nats(home.path(), &url, args);
        log.push_str(&format!(
            "$ nats {}\n[exit {code}]\n{out}{}",
            args.join(" "),
            if err.is_empty() {
                String::new()
            } else {
                format!("[stderr] {err}")
            }
        ));
    };
    step(&["stream", "ls"]);
    step(&[
        "stream",
        "add",
        "ORDERS",
        "--subjects",
        "orders.*",
        "--defaults",
        "--description",
        "the orders",
        "--max-msgs-per-subject",
        "10",
        "--storage",
        "memory",
    ]);
    step(&["stream", "add", "X", "--subjects", "x"]);
    step(&["stream", "add", "--defaults"]);
    step(&["pub", "orders.a", "one"]);
    step(&["pub", "orders.b", "two", "-H", "K:v"]);
    step(&["pub", "orders.a", "three"]);
    step(&["stream", "ls"]);
    step(&["s", "ls", "--names"]);
    step(&["str", "ls", "--json"]);
    step(&["stream", "info", "ORDERS"]);
    step(&["stream", "state", "ORDERS"]);
    step(&["stream", "subjects", "ORDERS"]);
    step(&["stream", "subjects", "ORDERS", "--names", "--sort", "name"]);
    step(&["stream", "get", "ORDERS", "2"]);
    step(&["stream", "get", "ORDERS", "--last-for", "orders.a"]);
    step(&["stream", "get", "ORDERS", "99"]);
    step(&["stream", "rmm", "ORDERS", "1"]);
    step(&["stream", "rmm", "ORDERS", "1", "-f"]);
    step(&["stream", "report"]);
    step(&["stream", "edit", "ORDERS", "--max-msgs", "100", "--dry-run"]);
    step(&["stream", "edit", "ORDERS", "--max-msgs", "100"]);
    step(&["stream", "edit", "ORDERS", "--max-msgs", "100", "-f"]);
    step(&["stream", "edit", "ORDERS", "--storage", "file", "-f"]);
    step(&["stream", "purge", "ORDERS"]);
    step(&["stream", "purge", "ORDERS", "-f", "--subject", "orders.b"]);
    step(&[
        "stream", "purge", "ORDERS", "-f", "--seq", "2", "--keep", "1",
    ]);
    step(&["stream", "info", "NOPE"]);
    step(&["stream", "view", "ORDERS"]);
    step(&["stream", "rm", "ORDERS"]);
    step(&["stream", "rm", "-f"]);
    step(&["stream", "rm", "ORDERS", "-f"]);
    step(&["stream", "ls"]);
    mask(&log)
}

/// The section of the transcript for the step `$ nats <cmd>`.
fn section<'a>(t: &'a str, cmd: &str) -> &'a str {
    section_n(t, cmd, 0)
}

/// The section of the `n`th (from 0) step `$ nats <cmd>`.
fn section_n<'a>(t: &'a str, cmd: &str, n: usize) -> &'a str {
    let needle = format!("$ nats {cmd}\n");
    let start = t
        .match_indices(&needle)
        .nth(n)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no step {cmd:?} #{n} in:\n{t}"));
    let rest = &t[start + 1..];
    let end = rest.find("\n$ nats ").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

fn check(t: &str) {
    assert!(
        section(t, "stream ls").contains("No Streams defined"),
        "{t}"
    );
    let add = section(
        t,
        "stream add ORDERS --subjects orders.* --defaults --description the orders --max-msgs-per-subject 10 --storage memory",
    );
    for want in [
        "[exit 0]",
        "Stream ORDERS was created",
        "Information for Stream ORDERS created [TIME]",
        " Description: the orders",
        " Subjects: orders.*",
        " Storage: Memory",
        "Options:",
        " Retention: Limits",
        " Duplicate Window: [DUR]",
        "Limits:",
        " Maximum Per Subject: 10",
        " Maximum Messages: unlimited",
        "State:",
        " Messages: 0",
    ] {
        assert!(add.contains(want), "{want:?} missing in:\n{add}");
    }
    assert!(
        section(t, "stream add X --subjects x").contains(
            "[exit 1]\n[stderr] nats: error: invalid input: cannot prompt for Storage without a terminal, set it with --storage"
        ),
        "{t}"
    );
    assert!(
        section(t, "stream add --defaults").contains("the STREAM argument"),
        "{t}"
    );
    let ls = section_n(t, "stream ls", 1);
    for want in [
        "│ Streams │",
        "│ Name │ Description │ Created │ Messages │ Size │ Last Message │",
        "│ ORDERS │ the orders │ [TIME] │ 3 │",
    ] {
        assert!(ls.contains(want), "{want:?} missing in:\n{ls}");
    }
    assert!(
        section_n(t, "stream ls", 2).contains("No Streams defined"),
        "{t}"
    );
    assert!(
        section(t, "s ls --names").contains("[exit 0]\nORDERS\n"),
        "{t}"
    );
    assert!(
        section(t, "str ls --json").contains("[\n \"ORDERS\"\n]"),
        "{t}"
    );
    let state = section(t, "stream state ORDERS");
    assert!(
        state.contains("State for Stream ORDERS created [TIME]"),
        "{state}"
    );
    assert!(state.contains(" Messages: 3"), "{state}");
    assert!(state.contains(" Number of Subjects: 2"), "{state}");
    assert!(!state.contains("Options:"), "{state}");
    assert!(
        section(t, "stream subjects ORDERS").contains("2 Subjects in stream ORDERS"),
        "{t}"
    );
    assert!(
        section(t, "stream subjects ORDERS --names --sort name").contains("orders.a\norders.b\n"),
        "{t}"
    );
    let get = section(t, "stream get ORDERS 2");
    assert!(
        get.contains("Item: ORDERS#2 received [TIME] ([DUR]) on Subject orders.b\n\nHeaders:\n K: v\n\ntwo\n"),
        "{get}"
    );
    assert!(
        section(t, "stream get ORDERS --last-for orders.a").contains("Item: ORDERS#3"),
        "{t}"
    );
    assert!(
        section(t, "stream get ORDERS 99")
            .contains("nats: error: could not retrieve ORDERS#99: no message found (10037)"),
        "{t}"
    );
    assert!(section(t, "stream rmm ORDERS 1").contains("pass -f"), "{t}");
    assert!(
        section(t, "stream rmm ORDERS 1 -f").contains("[exit 0]"),
        "{t}"
    );
    assert!(section(t, "stream report").contains("Stream Report"), "{t}");
    let dry = section(t, "stream edit ORDERS --max-msgs 100 --dry-run");
    assert!(
        dry.contains("[exit 1]\nDifferences (-old +new):\n- max_msgs: -1\n+ max_msgs: 100\n"),
        "{dry}"
    );
    assert!(
        section(t, "stream edit ORDERS --max-msgs 100").contains("could not obtain confirmation"),
        "{t}"
    );
    let edited = section(t, "stream edit ORDERS --max-msgs 100 -f");
    assert!(edited.contains("Stream ORDERS was updated"), "{edited}");
    assert!(edited.contains(" Maximum Messages: 100"), "{edited}");
    assert!(
        section(t, "stream edit ORDERS --storage file -f")
            .contains("stream configuration update can not change storage type (10052)"),
        "{t}"
    );
    assert!(section(t, "stream purge ORDERS").contains("pass -f"), "{t}");
    let purged = section(t, "stream purge ORDERS -f --subject orders.b");
    assert!(purged.contains("Purged 1 messages from ORDERS"), "{purged}");
    assert!(purged.contains("State for Stream ORDERS"), "{purged}");
    assert!(
        section(t, "stream purge ORDERS -f --seq 2 --keep 1")
            .contains("sequence and keep cannot be combined when purging"),
        "{t}"
    );
    assert!(
        section(t, "stream info NOPE")
            .contains("nats: error: could not request Stream info: stream not found (10059)"),
        "{t}"
    );
    assert!(
        section(t, "stream view ORDERS")
            .contains("interactive stream paging requires a valid terminal"),
        "{t}"
    );
    assert!(section(t, "stream rm ORDERS").contains("pass -f"), "{t}");
    assert!(
        section(t, "stream rm -f").contains("--force requires a stream name"),
        "{t}"
    );
    assert!(
        section(t, "stream rm ORDERS -f").contains("[exit 0]"),
        "{t}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_commands_rnats() {
    check(&transcript(Kind::Rnats).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_commands_reference() {
    if available(Kind::Reference) {
        check(&transcript(Kind::Reference).await);
    }
}

/// Our CLI prints the same against rnats as against nats-server 2.14.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn same_transcript_on_both_servers() {
    if !available(Kind::Reference) {
        return;
    }
    let ours = transcript(Kind::Rnats).await;
    let theirs = transcript(Kind::Reference).await;
    if ours != theirs {
        let diff: Vec<String> = ours
            .lines()
            .zip(theirs.lines())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("rnats:     {a}\nreference: {b}"))
            .collect();
        panic!("transcripts differ:\n{}", diff.join("\n"));
    }
}

#[test]
fn masking() {
    assert_eq!(
        mask("created 2024-01-02 03:04:05 (1.5s) took 2m3s, 10ms; seq 12 at 12s3"),
        "created [TIME] ([DUR]) took [DUR], [DUR]; seq 12 at 12s3"
    );
    assert_eq!(mask("a  b──── c 40 B"), "a b─ c 40 B");
}
