//! Snapshot tests of every view: a fixed [`Stats`] rendered into ratatui's `TestBackend`, and
//! the `-o` texts, compared with the files in `src/snapshots/`. Run with
//! `UPDATE_SNAPSHOTS=1 cargo test -p rnats-top` to rewrite them, then review the diff.

use std::path::PathBuf;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use rnats_proto::monitor::{
    ConnInfo, Connz, Jsz, JszAccount, JszConsumer, JszSequences, JszStream, JszStreamState,
    SortOpt, Timestamp, Varz,
};

use crate::app::{App, View};
use crate::fetch::{Rates, Stats};
use crate::text::{self, Display};

fn ts(s: &str) -> Timestamp {
    Timestamp(chrono::DateTime::parse_from_rfc3339(s).expect("fixture time"))
}

fn conn(cid: u64, port: u16, name: &str, msgs: i64, subs: &[&str]) -> ConnInfo {
    ConnInfo {
        cid,
        kind: "Client".into(),
        conn_type: "nats".into(),
        ip: "127.0.0.1".into(),
        port,
        start: ts("2026-12-04T15:00:00Z"),
        last_activity: ts("2026-12-04T15:00:10.5Z"),
        rtt: Some(Duration::from_micros(120)),
        uptime: "10s".into(),
        idle: "0s".into(),
        pending_bytes: 0,
        in_msgs: msgs,
        out_msgs: msgs * 2,
        in_bytes: msgs * 100,
        out_bytes: msgs * 2048,
        subscriptions: subs.len() as u32,
        name: name.into(),
        lang: "rust".into(),
        version: "0.51.0".into(),
        account: "$G".into(),
        subscriptions_list: subs.iter().map(|s| s.to_string()).collect(),
        ..ConnInfo::default()
    }
}

fn stats() -> Stats {
    let varz = Varz {
        server_id: "NSERVERID".into(),
        server_name: "edge-1".into(),
        version: "2.14.0".into(),
        uptime: "1h2m3s".into(),
        cpu: 12.5,
        mem: 48 * 1024 * 1024,
        slow_consumers: 2,
        in_msgs: 1_234_567,
        out_msgs: 2_500,
        in_bytes: 10 * 1024 * 1024,
        out_bytes: 900,
        now: ts("2026-12-04T15:00:11Z"),
        ..Varz::default()
    };
    let conns = vec![
        conn(3, 50001, "publisher", 5000, &[]),
        conn(4, 50002, "", 10, &["orders.>", "health"]),
        conn(7, 50003, "worker", 300, &["jobs.*"]),
    ];
    let mut s = Stats {
        varz,
        connz: Connz {
            server_id: "NSERVERID".into(),
            num_connections: conns.len(),
            total: conns.len(),
            limit: 1024,
            connections: Some(conns),
            ..Connz::default()
        },
        rates: Rates {
            in_msgs: 1500.0,
            out_msgs: 250.5,
            in_bytes: 150_000.0,
            out_bytes: 2048.0,
        },
        ..Stats::default()
    };
    s.conn_rates.insert(
        3,
        Rates {
            in_msgs: 1500.0,
            out_msgs: 0.0,
            in_bytes: 150_000.0,
            out_bytes: 0.0,
        },
    );
    s
}

fn jsz() -> Jsz {
    let consumer = |name: &str, pending: u64, ack: u64| JszConsumer {
        stream_name: "ORDERS".into(),
        name: name.into(),
        delivered: JszSequences {
            consumer_seq: 10,
            stream_seq: 90,
        },
        ack_floor: JszSequences {
            consumer_seq: 8,
            stream_seq: 88,
        },
        num_ack_pending: ack,
        num_pending: pending,
        ..JszConsumer::default()
    };
    Jsz {
        server_id: "NSERVERID".into(),
        memory: 0,
        storage: 3 * 1024 * 1024,
        accounts: 1,
        streams: 2,
        consumers: 2,
        messages: 1200,
        bytes: 3 * 1024 * 1024,
        api: rnats_proto::monitor::JszApi {
            level: 1,
            total: 42,
            errors: 1,
        },
        account_details: vec![JszAccount {
            name: "$G".into(),
            stream_detail: vec![
                JszStream {
                    name: "ORDERS".into(),
                    state: JszStreamState {
                        messages: 1000,
                        bytes: 2 * 1024 * 1024,
                        first_seq: 1,
                        last_seq: 1000,
                        consumer_count: 2,
                    },
                    consumer_detail: vec![consumer("audit", 3, 0), consumer("billing", 910, 2)],
                    ..JszStream::default()
                },
                JszStream {
                    name: "EVENTS".into(),
                    state: JszStreamState {
                        messages: 200,
                        bytes: 1024 * 1024,
                        first_seq: 5,
                        last_seq: 204,
                        consumer_count: 0,
                    },
                    ..JszStream::default()
                },
            ],
            ..JszAccount::default()
        }],
        ..Jsz::default()
    }
}

fn app_with(stats: Stats) -> App {
    let mut app = App::new(SortOpt::Cid, None, 1024, Display::default());
    // A short rate history for the sparklines.
    for (i, rate) in [0.0, 200.0, 800.0, 400.0, 1500.0].into_iter().enumerate() {
        let mut s = stats.clone();
        s.rates.in_msgs = rate;
        s.rates.out_msgs = (i * 50) as f64;
        app.on_stats(s);
    }
    app.on_stats(stats);
    app
}

fn render(app: &App, width: u16, height: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    term.draw(|f| crate::ui::draw(f, app)).expect("draw");
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        for x in 0..width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run UPDATE_SNAPSHOTS=1 cargo test -p rnats-top",
            path.display()
        )
    });
    assert_eq!(
        actual, expected,
        "snapshot {name} differs (UPDATE_SNAPSHOTS=1 cargo test -p rnats-top rewrites it)"
    );
}

fn key(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn enter(app: &mut App) {
    app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
}

#[test]
fn connections_view() {
    let app = app_with(stats());
    check("connections", &render(&app, 170, 16));
}

#[test]
fn connections_view_narrow_has_no_sparklines() {
    let app = app_with(stats());
    check("connections_narrow", &render(&app, 90, 14));
}

#[test]
fn connections_sorted_filtered_with_subs_and_rates() {
    let mut app = app_with(stats());
    key(&mut app, 'o');
    for c in "msgs_from".chars() {
        key(&mut app, c);
    }
    enter(&mut app);
    key(&mut app, 's');
    key(&mut app, ' ');
    key(&mut app, '/');
    key(&mut app, 'o');
    enter(&mut app);
    check("connections_sorted_filtered", &render(&app, 200, 14));
    key(&mut app, 'r');
    key(&mut app, 'b');
    check("connections_reversed_raw", &render(&app, 170, 14));
}

#[test]
fn prompt_line() {
    let mut app = app_with(stats());
    key(&mut app, 'n');
    key(&mut app, '5');
    check("prompt_limit", &render(&app, 90, 10));
    enter(&mut app);
    key(&mut app, 'o');
    key(&mut app, 'x');
    enter(&mut app);
    check("prompt_invalid_order", &render(&app, 90, 10));
}

#[test]
fn jetstream_view() {
    let mut s = stats();
    s.jsz = Some(jsz());
    let mut app = app_with(s);
    key(&mut app, '2');
    assert_eq!(app.view, View::JetStream);
    check("jetstream", &render(&app, 130, 18));
    let mut s = stats();
    s.jsz_error = "GET /jsz: connect refused".into();
    let mut app = app_with(s);
    key(&mut app, '2');
    check("jetstream_unavailable", &render(&app, 90, 10));
}

fn cluster_stats() -> Stats {
    use rnats_proto::monitor::{Gatewayz, LeafInfo, Leafz, RemoteGatewayz, RouteInfo, Routez};
    let mut s = stats();
    s.routez = Some(Routez {
        server_id: "NSERVERID".into(),
        server_name: "edge-1".into(),
        num_routes: 1,
        routes: vec![RouteInfo {
            rid: 9,
            remote_name: "edge-2".into(),
            ip: "10.0.0.2".into(),
            port: 6222,
            subscriptions: 12,
            pending_size: 0,
            in_msgs: 4000,
            out_msgs: 3000,
            in_bytes: 400_000,
            out_bytes: 300_000,
            uptime: "1h".into(),
            ..RouteInfo::default()
        }],
        ..Routez::default()
    });
    s.leafz = Some(Leafz {
        server_id: "NSERVERID".into(),
        leafnodes: 1,
        leafs: vec![LeafInfo {
            id: 11,
            name: "spoke-1".into(),
            account: "A".into(),
            ip: "10.0.1.5".into(),
            port: 7422,
            rtt: "1.2ms".into(),
            subscriptions: 3,
            in_msgs: 10,
            out_msgs: 20,
            in_bytes: 1000,
            out_bytes: 2000,
            ..LeafInfo::default()
        }],
        ..Leafz::default()
    });
    let conn = conn(21, 7222, "", 50, &[]);
    s.gatewayz = Some(Gatewayz {
        server_id: "NSERVERID".into(),
        name: "east".into(),
        outbound_gateways: [(
            "west".to_string(),
            RemoteGatewayz {
                configured: true,
                connection: Some(conn.clone()),
                accounts: Vec::new(),
            },
        )]
        .into_iter()
        .collect(),
        inbound_gateways: [(
            "west".to_string(),
            vec![RemoteGatewayz {
                configured: false,
                connection: Some(conn),
                accounts: Vec::new(),
            }],
        )]
        .into_iter()
        .collect(),
        ..Gatewayz::default()
    });
    s
}

#[test]
fn cluster_views() {
    let mut app = app_with(cluster_stats());
    for (k, name) in [('3', "routes"), ('4', "leafnodes"), ('5', "gateways")] {
        key(&mut app, k);
        check(name, &render(&app, 150, 12));
    }
    // What rnats serves today (no clustering yet): the tables render empty.
    let mut s = stats();
    s.routez = Some(Default::default());
    s.leafz = Some(Default::default());
    s.gatewayz = Some(Default::default());
    let mut app = app_with(s);
    for (k, name) in [
        ('3', "routes_empty"),
        ('4', "leafnodes_empty"),
        ('5', "gateways_empty"),
    ] {
        key(&mut app, k);
        check(name, &render(&app, 150, 11));
    }
    let mut s = stats();
    s.cluster_error = "GET /routez: status 404: 404 page not found".into();
    let mut app = app_with(s);
    key(&mut app, '3');
    check("routes_unavailable", &render(&app, 100, 11));
}

#[test]
fn help_view() {
    let mut app = app_with(stats());
    key(&mut app, '?');
    check("help", &render(&app, 90, 46));
}

#[test]
fn output_snapshots() {
    let app = app_with(stats());
    let rows = app.rows();
    check(
        "output_plain",
        &text::plain_snapshot(&app.stats, &rows, app.display),
    );
    let mut d = app.display;
    d.subs = true;
    check(
        "output_delimited",
        &text::delimited_snapshot(&app.stats, &rows, d, ","),
    );
}
