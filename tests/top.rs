//! `rnats top` end to end: the `-o` snapshot against rnats and the reference nats-server with
//! live traffic, its errors, and one interactive run of the real binary in a real terminal
//! (tmux `send-keys` / `capture-pane`) checking that rates move, keys act, and `q` leaves the
//! terminal as it was with exit status 0.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{available, run_bounded, sync, Kind, TestServer};

const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn top(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.arg("top").args(args);
    cmd
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A server of `kind` with monitoring and one named client that subscribed and published.
async fn server_with_traffic(kind: Kind) -> (TestServer, async_nats::Client) {
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let client = async_nats::ConnectOptions::new()
        .name("top-client")
        .connect(srv.url())
        .await
        .expect("connect");
    let sub = client.subscribe("top.x").await.expect("subscribe");
    for _ in 0..20 {
        client
            .publish("top.x", "hello".into())
            .await
            .expect("publish");
    }
    sync(&client).await;
    // Keep the subscription alive with the client.
    std::mem::forget(sub);
    (srv, client)
}

async fn snapshot_to_stdout(kind: Kind) {
    let (srv, _client) = server_with_traffic(kind).await;
    let port = srv.monitor_port().to_string();
    let out = tokio::task::spawn_blocking(move || {
        run_bounded(
            top(&["-m", &port, "-o", "-", "-sort", "msgs_from", "-u"]),
            RUN_TIMEOUT,
        )
    })
    .await
    .expect("join");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("NATS server version "),
        "{kind:?}: {stdout}"
    );
    assert!(lines[2].starts_with("  ID:   N"), "{kind:?}: {stdout}");
    assert!(lines[3].starts_with("  Load: CPU:  "), "{kind:?}: {stdout}");
    assert!(
        lines[4].starts_with("  In:   Msgs: 2") && lines[4].contains("Msgs/Sec: 0.0"),
        "{kind:?}: first snapshot has totals and no rates yet: {stdout}"
    );
    assert_eq!(lines[7], "Connections Polled: 1", "{kind:?}: {stdout}");
    let header: Vec<&str> = lines[8].split_whitespace().collect();
    assert_eq!(
        header,
        [
            "HOST",
            "CID",
            "NAME",
            "SUBS",
            "PENDING",
            "MSGS_TO",
            "MSGS_FROM",
            "BYTES_TO",
            "BYTES_FROM",
            "LANG",
            "VERSION",
            "UPTIME",
            "LAST_ACTIVITY",
            "SUBSCRIPTIONS"
        ],
        "{kind:?}: {stdout}"
    );
    let row: Vec<&str> = lines[9].split_whitespace().collect();
    assert!(row[0].starts_with("127.0.0.1:"), "{kind:?}: {stdout}");
    assert_eq!(row[2], "top-client", "{kind:?}: {stdout}");
    // top.x and the client's request inbox.
    assert_eq!(row[3], "2", "{kind:?}: two subscriptions: {stdout}");
    // MSGS_FROM counts the 20 publishes (and the sync request).
    let from: u64 = row[6].parse().expect("MSGS_FROM is a small number");
    assert!(from >= 20, "{kind:?}: {stdout}");
    assert_eq!(row[9], "rust", "{kind:?}: {stdout}");
    assert!(lines[9].contains("top.x"), "{kind:?}: {stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_snapshot_rnats() {
    snapshot_to_stdout(Kind::Rnats).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_snapshot_reference() {
    if !available(Kind::Reference) {
        return;
    }
    snapshot_to_stdout(Kind::Reference).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_snapshot_file_delimited_and_errors() {
    let (srv, _client) = server_with_traffic(Kind::Rnats).await;
    let port = srv.monitor_port().to_string();
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("snap.csv");
    let file_arg = file.to_str().expect("utf-8").to_string();
    let outs = tokio::task::spawn_blocking(move || {
        let ok = run_bounded(top(&["-m", &port, "-o", &file_arg, "-l", ","]), RUN_TIMEOUT);
        let bad_sort = run_bounded(top(&["-m", &port, "-sort", "bogus"]), RUN_TIMEOUT);
        let tls = run_bounded(top(&["-ms", "8443", "-k"]), RUN_TIMEOUT);
        // A port nothing listens on: bind one and drop it.
        let free = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port()
            .to_string();
        let down = run_bounded(top(&["-m", &free, "-o", "-"]), RUN_TIMEOUT);
        let positional = run_bounded(top(&["extra"]), RUN_TIMEOUT);
        (ok, bad_sort, tls, down, positional)
    })
    .await
    .expect("join");
    let (ok, bad_sort, tls, down, positional) = outs;
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    let csv = std::fs::read_to_string(&file).expect("snapshot file");
    assert!(
        csv.contains("\nConnections Polled:,1\nHOST,CID,NAME,SUBS,"),
        "{csv}"
    );
    assert!(csv.contains(",top-client,2,"), "{csv}");

    assert_eq!(bad_sort.status.code(), Some(1));
    assert!(
        text(&bad_sort.stderr).starts_with("nats-top: invalid option to sort by: bogus\n"),
        "{bad_sort:?}"
    );
    assert_eq!(tls.status.code(), Some(1));
    assert!(
        text(&tls.stderr).contains("skipping certificate verification (-k) is not supported"),
        "{tls:?}"
    );
    assert_eq!(down.status.code(), Some(1));
    assert!(
        text(&down.stderr).starts_with("nats-top: /varz smoke test failed: "),
        "{down:?}"
    );
    assert_eq!(positional.status.code(), Some(1));
    assert!(
        text(&positional.stderr).starts_with("nats-top: unexpected argument: extra"),
        "{positional:?}"
    );
}

/// `-ms` polls an HTTPS monitoring port, verified with `-cacert`; without the CA the
/// certificate is refused.
async fn top_snapshot_over_https(kind: Kind) {
    let tls = |n: &str| {
        crate::util::fixture(&format!("tls/{n}"))
            .to_string_lossy()
            .into_owned()
    };
    let (cert, key, ca) = (tls("server.pem"), tls("server-key.pem"), tls("ca.pem"));
    let mut srv = TestServer::start(kind, &["-ms", "-1", "--tlscert", &cert, "--tlskey", &key]);
    let line = srv.wait_for_log("Starting https monitor on ", Duration::from_secs(10));
    let port = line
        .rsplit(':')
        .next()
        .and_then(|p| p.trim().parse::<u16>().ok())
        .expect("https port in the log")
        .to_string();
    let (ok, unverified) = tokio::task::spawn_blocking(move || {
        (
            run_bounded(top(&["-ms", &port, "-cacert", &ca, "-o", "-"]), RUN_TIMEOUT),
            run_bounded(top(&["-ms", &port, "-o", "-"]), RUN_TIMEOUT),
        )
    })
    .await
    .expect("join");
    assert_eq!(ok.status.code(), Some(0), "{kind:?}: {ok:?}");
    assert!(
        text(&ok.stdout).starts_with("NATS server version 2.14.0 (uptime: "),
        "{kind:?}: {ok:?}"
    );
    assert_eq!(
        unverified.status.code(),
        Some(1),
        "{kind:?}: {unverified:?}"
    );
    assert!(
        text(&unverified.stderr).starts_with("nats-top: /varz smoke test failed: "),
        "{kind:?}: {unverified:?}"
    );
}
crate::util::server_test!(top_snapshot_over_https => top_snapshot_over_https_rnats, top_snapshot_over_https_reference);

/// A tmux session running a command in a fixed-size window, killed on drop.
struct Tmux {
    name: String,
}

impl Tmux {
    fn available() -> bool {
        Command::new("tmux")
            .arg("-V")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    }

    fn start(cmd: &str, tag: &str) -> Tmux {
        let name = format!("rnats-top-{}-{tag}", std::process::id());
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", "200", "-y", "40"])
            .arg(cmd)
            .status()
            .expect("run tmux");
        assert!(status.success(), "tmux new-session failed");
        let t = Tmux { name };
        t.tmux(&["set-option", "-t", &t.name, "remain-on-exit", "on"]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux").args(args).output().expect("run tmux");
        text(&out.stdout)
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.name])
    }

    /// Waits until the screen satisfies `pred`, returning it.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// `(dead, exit status)` of the pane's process.
    fn pane_status(&self) -> (bool, String) {
        let s = self.tmux(&[
            "display-message",
            "-p",
            "-t",
            &self.name,
            "#{pane_dead} status=#{pane_dead_status} signal=#{pane_dead_signal}",
        ]);
        let mut parts = s.split_whitespace();
        let dead = parts.next() == Some("1");
        let status = parts
            .next()
            .and_then(|p| p.strip_prefix("status="))
            .unwrap_or_default();
        let signal = parts
            .next()
            .and_then(|p| p.strip_prefix("signal="))
            .unwrap_or_default();
        // A process killed by a signal has no status: report the signal instead.
        let status = if status.is_empty() && !signal.is_empty() {
            format!("signal {signal}")
        } else {
            status.to_string()
        };
        (dead, status)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .output();
    }
}

/// The `Msgs/Sec` value of the `In:` header line.
fn in_rate(screen: &str) -> Option<f64> {
    let line = screen.lines().find(|l| l.trim_start().starts_with("In:"))?;
    let after = line.split("Msgs/Sec: ").nth(1)?;
    after.split_whitespace().next()?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_interactive_in_tmux_rnats() {
    interactive_in_tmux(Kind::Rnats).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_interactive_in_tmux_reference() {
    if available(Kind::Reference) {
        interactive_in_tmux(Kind::Reference).await;
    }
}

async fn interactive_in_tmux(kind: Kind) {
    if !Tmux::available() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let srv = TestServer::start(kind, &["-m", "-1"]);
    let client = async_nats::ConnectOptions::new()
        .name("steady-publisher")
        .connect(srv.url())
        .await
        .expect("connect");
    let _sub = client.subscribe("load.>").await.expect("subscribe");
    let publisher = client.clone();
    let traffic = tokio::spawn(async move {
        loop {
            for _ in 0..50 {
                if publisher.publish("load.a", "x".into()).await.is_err() {
                    return;
                }
            }
            let _ = publisher.flush().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    let cmd = format!(
        "{} top -m {} -d 1",
        env!("CARGO_BIN_EXE_rnats"),
        srv.monitor_port()
    );
    let tmux = tokio::task::spawn_blocking(move || {
        let tmux = Tmux::start(&cmd, &format!("{kind:?}"));
        tmux.wait_for("the header", |s| s.contains("Connections Polled: 1"));
        let s = tmux.wait_for("a non-zero message rate", |s| {
            in_rate(s).is_some_and(|r| r > 0.0)
        });
        assert!(s.contains("steady-publisher"), "{s}");
        assert!(s.contains("In msgs/s"), "sparklines drawn:\n{s}");
        // Sort by messages from the client, descending, then flip it.
        tmux.keys(&["o"]);
        tmux.wait_for("the sort prompt", |s| s.contains("sort by [cid]:"));
        tmux.keys(&["msgs_from", "Enter"]);
        tmux.wait_for("the new sort", |s| s.contains("[sort: msgs_from ▼"));
        tmux.keys(&["r"]);
        tmux.wait_for("the reversed sort", |s| s.contains("[sort: msgs_from ▲"));
        // The filter hides what does not match.
        tmux.keys(&["/", "nomatch", "Enter"]);
        tmux.wait_for("the filter", |s| {
            s.contains("filter: nomatch (0 shown)") && !s.contains("steady-publisher")
        });
        tmux.keys(&["Escape"]);
        tmux.wait_for("the filter cleared", |s| s.contains("steady-publisher"));
        tmux.keys(&["?"]);
        tmux.wait_for("help", |s| s.contains("Press any key to continue..."));
        tmux.keys(&["x"]);
        tmux.wait_for("back from help", |s| s.contains("Connections Polled"));
        tmux.keys(&["q"]);
        // Under load, tmux (3.3) sometimes marks the pane dead without ever filling in an exit
        // status or signal: then the pane being dead within the deadline is the exit. A status
        // or a signal, when tmux reports one, must be a clean 0.
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut dead_since: Option<Instant> = None;
        loop {
            let (dead, status) = tmux.pane_status();
            if dead && !status.is_empty() {
                assert_eq!(status, "0", "rnats top exit status");
                break;
            }
            if dead
                && dead_since.get_or_insert_with(Instant::now).elapsed() > Duration::from_secs(2)
            {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "rnats top did not exit on q (dead: {dead}, status: {status:?})"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        tmux
    })
    .await
    .expect("join");
    // The alternate screen is gone: the pane shows the shell's screen, not top's.
    let after = tmux.screen();
    assert!(!after.contains("Connections Polled"), "{after}");
    traffic.abort();
}

/// Beyond nats-top: `-s nats://user:pass@host` and `-context NAME` read the same snapshot over
/// the system account (no monitoring port at all); a user outside the system account gets a
/// clear error and exit status 1.
async fn top_snapshot_over_system_account(kind: Kind) {
    let conf = crate::util::server_conf("auth_system_account.conf");
    let srv = TestServer::start(kind, &["-c", &conf]);
    let client = srv
        .client_with(async_nats::ConnectOptions::with_user_and_password(
            "free".to_owned(),
            "free".to_owned(),
        ))
        .await;
    for _ in 0..7 {
        client
            .publish("sys.top", "x".into())
            .await
            .expect("publish");
    }
    sync(&client).await;
    let port = srv.url().rsplit(':').next().unwrap_or_default().to_string();
    let url = format!("nats://sys:sys@127.0.0.1:{port}");
    let ctx_dir = tempfile::tempdir().expect("context dir");
    let ctx_path = ctx_dir.path().join("nats/context");
    std::fs::create_dir_all(&ctx_path).expect("mkdir");
    std::fs::write(
        ctx_path.join("sysctx.json"),
        format!(r#"{{"url": "nats://127.0.0.1:{port}", "user": "sys", "password": "sys"}}"#),
    )
    .expect("context file");
    let xdg = ctx_dir.path().to_path_buf();
    let bad = format!("nats://free:free@127.0.0.1:{port}");
    let (by_url, by_ctx, not_sys) = tokio::task::spawn_blocking(move || {
        let mut ctx = top(&["-context", "sysctx", "-o", "-", "-sort", "msgs_from"]);
        ctx.env("XDG_CONFIG_HOME", &xdg);
        (
            run_bounded(
                top(&["-s", &url, "-o", "-", "-sort", "msgs_from"]),
                RUN_TIMEOUT,
            ),
            run_bounded(ctx, RUN_TIMEOUT),
            run_bounded(top(&["-s", &bad, "-o", "-"]), RUN_TIMEOUT),
        )
    })
    .await
    .expect("join");
    for out in [&by_url, &by_ctx] {
        assert_eq!(out.status.code(), Some(0), "{kind:?}: {out:?}");
        let stdout = text(&out.stdout);
        assert!(
            stdout.starts_with("NATS server version 2.14.0 (uptime: "),
            "{kind:?}: {stdout}"
        );
        // The free user's connection and the top's own: the sort puts the publisher first.
        assert!(
            stdout.contains("Connections Polled: 2"),
            "{kind:?}: {stdout}"
        );
        let row: Vec<&str> = stdout
            .lines()
            .nth(9)
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        let from: u64 = row.get(5).and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(from >= 7, "{kind:?}: MSGS_FROM of the publisher: {stdout}");
    }
    assert_eq!(not_sys.status.code(), Some(1), "{kind:?}: {not_sys:?}");
    assert!(
        text(&not_sys.stderr).starts_with("nats-top: system account source: "),
        "{kind:?}: {not_sys:?}"
    );
}
crate::util::server_test!(top_snapshot_over_system_account => top_snapshot_over_system_account_rnats, top_snapshot_over_system_account_reference);

/// `-context` reads natscli's context files through the same code as `nats --context`
/// (`rnats_proto::kit::context`): a missing or badly named context fails as natscli words it.
#[test]
fn top_context_errors_match_natscli() {
    let dir = tempfile::tempdir().expect("dir");
    let run = |name: &str| {
        let mut cmd = top(&["-context", name, "-o", "-"]);
        cmd.env("XDG_CONFIG_HOME", dir.path());
        run_bounded(cmd, RUN_TIMEOUT)
    };
    let missing = run("nosuch");
    assert_eq!(missing.status.code(), Some(1), "{missing:?}");
    assert!(
        text(&missing.stderr).starts_with("nats-top: context not found: \"nosuch\"\n"),
        "{missing:?}"
    );
    let bad = run("a/b");
    assert_eq!(bad.status.code(), Some(1), "{bad:?}");
    assert!(
        text(&bad.stderr).starts_with(
            "nats-top: invalid context name: \"a/b\" must not contain \"/\" or \"\\\"\n"
        ),
        "{bad:?}"
    );
}
