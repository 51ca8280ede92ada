//! natscli's live graph views (`stream graph`, `consumer graph`, `server graph [-j]`) against
//! rnats and the reference nats-server. natscli draws them only on a terminal and has no other
//! output mode, so the views run in tmux panes of a fixed size and the tests read the screen:
//! the heading, every chart's caption and a label showing the data; then Ctrl-C must clear the
//! screen and end the view with exit code 0. Without a terminal each view refuses with
//! natscli's one-line error, and a terminal too short for the server charts gets natscli's
//! `please increase terminal dimensions`. The chart drawing itself is checked character for
//! character in `commands/cli/src/line_chart.rs`. Last, the exact-name VARZ filter that
//! `server graph NAME` relies on, straight against both servers.

use crate::util::{run_bounded, server_conf, server_test, Kind, TestServer};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A tmux pane of a fixed size running one command, on a tmux server of its own (so the
/// command sees none of a shared server's environment) whose socket lives in the test's
/// temporary directory; the server is killed on drop.
struct Pane {
    socket: PathBuf,
}

impl Pane {
    fn available() -> bool {
        Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    fn start(socket: PathBuf, cols: u16, rows: u16, cmd: &str) -> Pane {
        let pane = Pane { socket };
        let out = pane.tmux(&[
            "new-session",
            "-d",
            "-x",
            &cols.to_string(),
            "-y",
            &rows.to_string(),
            cmd,
        ]);
        assert!(out.status.success(), "tmux new-session: {out:?}");
        pane.tmux(&["set-option", "remain-on-exit", "on"]);
        pane
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn screen(&self) -> String {
        text(&self.tmux(&["capture-pane", "-p"]).stdout)
    }

    /// Waits until the screen shows every one of `want`, returning it.
    fn wait_for(&self, want: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            if want.iter().all(|w| s.contains(w)) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {want:?}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits for the command to end, returning its exit status as tmux reports it (empty when
    /// tmux marks the pane dead without one, as tmux 3.3 sometimes does under load).
    fn wait_exit(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut dead_since: Option<Instant> = None;
        loop {
            let out = self.tmux(&["display-message", "-p", "#{pane_dead} #{pane_dead_status}"]);
            let s = text(&out.stdout);
            let mut parts = s.split_whitespace();
            let dead = parts.next() == Some("1");
            let status = parts.next().unwrap_or_default().to_string();
            if dead && !status.is_empty() {
                return status;
            }
            if dead
                && dead_since.get_or_insert_with(Instant::now).elapsed() > Duration::from_secs(2)
            {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the view did not end:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

/// `rnats ARGS` as a shell command line for a pane: no natscli context can interfere.
fn view(home: &std::path::Path, args: &[&str]) -> String {
    format!(
        "env -u NATS_CONTEXT -u NATS_URL XDG_CONFIG_HOME={} {} {}",
        home.display(),
        env!("CARGO_BIN_EXE_rnats"),
        args.join(" ")
    )
}

/// A stream `ORDERS` with 3 messages and a durable pull consumer `C1` in account A.
async fn orders(srv: &TestServer) -> async_nats::jetstream::Context {
    use async_nats::jetstream::{self, consumer, stream};
    let client = async_nats::ConnectOptions::with_user_and_password("a".into(), "a".into())
        .connect(srv.url())
        .await
        .expect("connect as a");
    let js = jetstream::new(client);
    let s = js
        .create_stream(stream::Config {
            name: "ORDERS".into(),
            subjects: vec!["orders.>".into()],
            ..Default::default()
        })
        .await
        .expect("create stream");
    for i in 0..3 {
        js.publish(format!("orders.{i}"), "x".into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    s.create_consumer(consumer::pull::Config {
        durable_name: Some("C1".into()),
        ..Default::default()
    })
    .await
    .expect("create consumer");
    js
}

async fn graph_views(kind: Kind) {
    let srv = TestServer::start(
        kind,
        &[
            "-c",
            &server_conf("graph_js_system_account.conf"),
            "-n",
            "srv-a",
            "-js",
            "-sd",
            "js",
        ],
    );
    let home = srv.dir().join("home");
    let user_url = format!("nats://a:a@127.0.0.1:{}", srv.port());
    let sys_url = format!("nats://sys:sys@127.0.0.1:{}", srv.port());

    // Without a terminal: natscli's refusal, before any connection is tried.
    for args in [
        &["stream", "graph", "ORDERS"][..],
        &["consumer", "graph", "ORDERS", "C1"],
        &["server", "graph", "srv-a"],
    ] {
        let mut cmd = cli_without_terminal(&home);
        cmd.args(["-s", &user_url]).args(args);
        let out = tokio::task::spawn_blocking(move || run_bounded(cmd, Duration::from_secs(10)))
            .await
            .expect("join");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        assert_eq!(
            text(&out.stderr),
            "nats: error: can only graph data on an interactive terminal\n",
            "{args:?}"
        );
        assert!(out.stdout.is_empty(), "{args:?}: {out:?}");
    }

    let js_client = orders(&srv).await;
    let sockets = srv.dir().to_path_buf();
    let stream_cmd = view(&home, &["-s", &user_url, "stream", "graph", "ORDERS"]);
    let consumer_cmd = view(
        &home,
        &["-s", &user_url, "consumer", "graph", "ORDERS", "C1"],
    );
    let server_cmd = view(&home, &["-s", &sys_url, "server", "graph", "srv-a"]);
    let js_cmd = view(&home, &["-s", &sys_url, "server", "graph", "srv-a", "-j"]);
    let panes = tokio::task::spawn_blocking(move || {
        let panes = [
            Pane::start(sockets.join("stream.sock"), 100, 45, &stream_cmd),
            // natscli's consumer layout overflows 45 rows by one line (the heading scrolls
            // away); 40 rows fit.
            Pane::start(sockets.join("consumer.sock"), 100, 40, &consumer_cmd),
            Pane::start(sockets.join("server.sock"), 100, 45, &server_cmd),
            Pane::start(sockets.join("js.sock"), 100, 45, &js_cmd),
            // The server views need 32 rows. (A pane whose command fails at once can lose its
            // last output in tmux, so a shell prints the status and keeps the pane.)
            Pane::start(
                sockets.join("short.sock"),
                100,
                25,
                &format!("sh -c '{server_cmd}; echo exit=$?; sleep 30'"),
            ),
        ];
        let [stream, consumer, server, js, short] = &panes;
        let s = stream.wait_for(&[
            "Stream Statistics for ORDERS",
            "Messages Stored\n",
            "Messages Removed / second",
            "Messages Stored / second",
        ]);
        // The stored-messages chart tops out at the 3 messages.
        assert!(s.contains("\n  3┤"), "{s}");
        let s = consumer.wait_for(&[
            "Consumer Statistics for ORDERS > C1",
            "Messages Pending",
            "Messages Waiting for Ack",
            "Messages Acknowledged / second",
            "Messages Delivered / second",
        ]);
        assert!(s.contains("\n  3┤"), "3 pending: {s}");
        server.wait_for(&[
            "JetStream Statistics for srv-a",
            "CPU % Used (normalized for ",
            "Memory Used in MB",
            "Connections",
            "Subscriptions",
            "Messages In+Out / second",
            "Bytes In+Out / second",
        ]);
        js.wait_for(&[
            "JetStream Statistics for srv-a",
            "CPU % Used (normalized for ",
            "HA Assets",
            "API Requests / second",
            "Pending API Requests",
            "File Storage in GB",
            "Memory Storage in GB",
        ]);
        short.wait_for(&["nats: error: please increase terminal dimensions\nexit=1"]);
        panes
    })
    .await
    .expect("join");

    // Five more messages show up within a refresh or two: 8 stored, 8 pending.
    for i in 0..5 {
        js_client
            .publish(format!("orders.more.{i}"), "x".into())
            .await
            .expect("publish")
            .await
            .expect("ack");
    }
    tokio::task::spawn_blocking(move || {
        let [stream, consumer, server, js, _] = &panes;
        stream.wait_for(&["\n  8┤", "Messages Stored\n"]);
        consumer.wait_for(&["\n  8┤", "Messages Pending"]);
        for pane in [stream, consumer, server, js] {
            pane.tmux(&["send-keys", "C-c"]);
        }
        for pane in [stream, consumer, server, js] {
            let status = pane.wait_exit();
            assert!(status.is_empty() || status == "0", "exit status {status}");
            let s = pane.screen();
            assert!(!s.contains("Statistics for"), "the screen is cleared:\n{s}");
        }
    })
    .await
    .expect("join");
}

/// `rnats` with no context and no terminal.
fn cli_without_terminal(home: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rnats"));
    cmd.env("XDG_CONFIG_HOME", home)
        .env_remove("NATS_CONTEXT")
        .env_remove("NATS_URL");
    cmd
}

async fn graph_views_in_tmux(kind: Kind) {
    if !Pane::available() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    graph_views(kind).await;
}
server_test!(graph_views_in_tmux => graph_views_rnats, graph_views_reference);

/// The VARZ filter `server graph NAME` sends (`exact_match`): a name that is only part of the
/// server's name gets no answer, the whole name does, and without `exact_match` a part is
/// enough (nats-server's `filterRequest`).
async fn exact_server_name_filter(kind: Kind) {
    let srv = TestServer::start(
        kind,
        &[
            "-c",
            &server_conf("graph_js_system_account.conf"),
            "-n",
            "srv-a",
        ],
    );
    let sys = async_nats::ConnectOptions::with_user_and_password("sys".into(), "sys".into())
        .request_timeout(Some(Duration::from_millis(500)))
        .connect(srv.url())
        .await
        .expect("connect as sys");
    for (body, answered) in [
        (r#"{"server_name":"srv","exact_match":true}"#, false),
        (r#"{"server_name":"srv-a","exact_match":true}"#, true),
        (r#"{"server_name":"srv"}"#, true),
    ] {
        let got = sys.request("$SYS.REQ.SERVER.PING.VARZ", body.into()).await;
        match got {
            Ok(msg) => {
                assert!(answered, "{kind:?} {body}: answered");
                let v: serde_json::Value = serde_json::from_slice(&msg.payload).expect("json");
                assert_eq!(v["data"]["server_name"], "srv-a", "{kind:?} {body}");
            }
            Err(e) => assert!(!answered, "{kind:?} {body}: {e}"),
        }
    }
}
server_test!(exact_server_name_filter => exact_server_name_filter_rnats, exact_server_name_filter_reference);
