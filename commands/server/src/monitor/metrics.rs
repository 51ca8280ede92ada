//! `/metrics`: the monitoring data in the Prometheus text exposition format (version 0.0.4),
//! so no exporter sidecar is needed. Beyond upstream (nats-server has no such endpoint; the
//! prometheus-nats-exporter scrapes its JSON), so the metric names follow that exporter's
//! `gnatsd_varz_*` / `gnatsd_connz_*` style under an `rnats_` prefix:
//!
//! - server: `rnats_server_*` gauges and counters from [`Varz`](rnats_proto::monitor::Varz) (connections, subscriptions,
//!   messages and bytes in/out, slow consumers, memory, CPU, uptime);
//! - connections: `rnats_connection_*` per open client connection (`cid`, `name`, `account`
//!   labels): pending bytes, messages and bytes in/out, subscriptions;
//! - accounts: `rnats_account_connections` and, with JetStream, `rnats_account_jetstream_*`;
//! - streams: `rnats_stream_*` (messages, bytes, first/last sequence, consumers);
//! - consumers: `rnats_consumer_*` (pending, ack pending, redelivered, waiting, and `lag`:
//!   the stream's last sequence minus the consumer's delivered stream sequence).
//!
//! Everything is read from the same [`MonitorSource`] snapshots the JSON endpoints use.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rnats_proto::monitor::{ConnState, Jsz, JszOptions, SubsDetail};

use super::MonitorSource;

/// The `Content-Type` of the exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Writes metric families: `# HELP`, `# TYPE`, then the samples.
struct Writer {
    out: String,
}

impl Writer {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.out, "# HELP {name} {help}");
        let _ = writeln!(self.out, "# TYPE {name} {kind}");
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        self.out.push_str(name);
        if !labels.is_empty() {
            self.out.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                let _ = write!(self.out, "{k}=\"{}\"", escape(v));
            }
            self.out.push('}');
        }
        let _ = writeln!(self.out, " {}", number(value));
    }

    /// One family with one unlabelled sample.
    fn single(&mut self, name: &str, kind: &str, help: &str, value: f64) {
        self.family(name, kind, help);
        self.sample(name, &[], value);
    }
}

/// Label values escape `\`, `"` and newlines.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Integers without a fraction, everything else as Rust prints it.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Renders every metric of `source`.
pub fn render(source: &dyn MonitorSource) -> String {
    let mut w = Writer { out: String::new() };
    let v = source.varz();
    let labels = [
        ("server_id", v.server_id.as_str()),
        ("server_name", v.server_name.as_str()),
    ];
    w.family("rnats_server_info", "gauge", "Server identity; always 1.");
    w.sample(
        "rnats_server_info",
        &[labels[0], labels[1], ("version", v.version.as_str())],
        1.0,
    );
    let uptime = v.now.since(v.start).as_secs_f64();
    for (name, kind, help, value) in [
        (
            "rnats_server_uptime_seconds",
            "gauge",
            "Seconds since the server started.",
            uptime,
        ),
        (
            "rnats_server_connections",
            "gauge",
            "Open client connections.",
            v.connections as f64,
        ),
        (
            "rnats_server_total_connections",
            "counter",
            "Client connections accepted since start.",
            v.total_connections as f64,
        ),
        (
            "rnats_server_subscriptions",
            "gauge",
            "Subscriptions over all accounts.",
            v.subscriptions as f64,
        ),
        (
            "rnats_server_in_msgs_total",
            "counter",
            "Messages received.",
            v.in_msgs as f64,
        ),
        (
            "rnats_server_out_msgs_total",
            "counter",
            "Messages sent.",
            v.out_msgs as f64,
        ),
        (
            "rnats_server_in_bytes_total",
            "counter",
            "Bytes received.",
            v.in_bytes as f64,
        ),
        (
            "rnats_server_out_bytes_total",
            "counter",
            "Bytes sent.",
            v.out_bytes as f64,
        ),
        (
            "rnats_server_slow_consumers_total",
            "counter",
            "Connections closed as slow consumers.",
            v.slow_consumers as f64,
        ),
        (
            "rnats_server_stale_connections_total",
            "counter",
            "Stale connections detected.",
            v.stale_connections as f64,
        ),
        (
            "rnats_server_mem_bytes",
            "gauge",
            "Resident memory of the process.",
            v.mem as f64,
        ),
        (
            "rnats_server_cpu_percent",
            "gauge",
            "CPU use of the process, percent.",
            v.cpu,
        ),
        (
            "rnats_server_routes",
            "gauge",
            "Connected routes.",
            v.routes as f64,
        ),
        (
            "rnats_server_leafnodes",
            "gauge",
            "Connected leaf nodes.",
            v.leafnodes as f64,
        ),
    ] {
        w.single(name, kind, help, value);
    }

    // Connections, and the per-account connection count.
    let conns = source
        .connz_snapshot(ConnState::Open, SubsDetail::None)
        .conns;
    let mut per_account: BTreeMap<String, u64> = BTreeMap::new();
    for c in &conns {
        *per_account.entry(c.account.clone()).or_default() += 1;
    }
    type ConnField = fn(&rnats_proto::monitor::ConnInfo) -> f64;
    let conn_families: [(&str, &str, &str, ConnField); 6] = [
        (
            "rnats_connection_pending_bytes",
            "gauge",
            "Bytes queued for the connection.",
            |c| c.pending_bytes as f64,
        ),
        (
            "rnats_connection_in_msgs_total",
            "counter",
            "Messages received from the connection.",
            |c| c.in_msgs as f64,
        ),
        (
            "rnats_connection_out_msgs_total",
            "counter",
            "Messages sent to the connection.",
            |c| c.out_msgs as f64,
        ),
        (
            "rnats_connection_in_bytes_total",
            "counter",
            "Bytes received from the connection.",
            |c| c.in_bytes as f64,
        ),
        (
            "rnats_connection_out_bytes_total",
            "counter",
            "Bytes sent to the connection.",
            |c| c.out_bytes as f64,
        ),
        (
            "rnats_connection_subscriptions",
            "gauge",
            "Subscriptions of the connection.",
            |c| c.subscriptions as f64,
        ),
    ];
    for (name, kind, help, get) in conn_families {
        w.family(name, kind, help);
        for c in &conns {
            let cid = c.cid.to_string();
            w.sample(
                name,
                &[("cid", &cid), ("name", &c.name), ("account", &c.account)],
                get(c),
            );
        }
    }
    w.family(
        "rnats_account_connections",
        "gauge",
        "Open client connections per account.",
    );
    for (acc, n) in &per_account {
        w.sample("rnats_account_connections", &[("account", acc)], *n as f64);
    }

    // JetStream: accounts, streams, consumers.
    let opts = JszOptions {
        accounts: true,
        streams: true,
        consumer: true,
        ..JszOptions::default()
    };
    let jsz: Jsz = serde_json::from_value(source.jsz(&opts)).unwrap_or_default();
    if jsz.disabled || jsz.config.is_none() {
        return w.out;
    }
    for (name, help, value) in [
        (
            "rnats_jetstream_memory_bytes",
            "Memory used by streams.",
            jsz.memory,
        ),
        (
            "rnats_jetstream_storage_bytes",
            "File storage used by streams.",
            jsz.storage,
        ),
        ("rnats_jetstream_streams", "Streams.", jsz.streams),
        ("rnats_jetstream_consumers", "Consumers.", jsz.consumers),
        ("rnats_jetstream_messages", "Messages stored.", jsz.messages),
        (
            "rnats_jetstream_api_requests_total",
            "JetStream API requests.",
            jsz.api.total,
        ),
        (
            "rnats_jetstream_api_errors_total",
            "JetStream API requests that failed.",
            jsz.api.errors,
        ),
    ] {
        let kind = if name.ends_with("_total") {
            "counter"
        } else {
            "gauge"
        };
        w.single(name, kind, help, value as f64);
    }
    w.family(
        "rnats_account_jetstream_storage_bytes",
        "gauge",
        "File storage used per account.",
    );
    for a in &jsz.account_details {
        w.sample(
            "rnats_account_jetstream_storage_bytes",
            &[("account", &a.name)],
            a.storage as f64,
        );
    }
    w.family(
        "rnats_account_jetstream_memory_bytes",
        "gauge",
        "Memory used per account.",
    );
    for a in &jsz.account_details {
        w.sample(
            "rnats_account_jetstream_memory_bytes",
            &[("account", &a.name)],
            a.memory as f64,
        );
    }
    type StreamField = fn(&rnats_proto::monitor::JszStreamState) -> f64;
    let stream_families: [(&str, &str, StreamField); 5] = [
        ("rnats_stream_messages", "Messages in the stream.", |s| {
            s.messages as f64
        }),
        ("rnats_stream_bytes", "Bytes in the stream.", |s| {
            s.bytes as f64
        }),
        (
            "rnats_stream_first_seq",
            "First sequence in the stream.",
            |s| s.first_seq as f64,
        ),
        (
            "rnats_stream_last_seq",
            "Last sequence in the stream.",
            |s| s.last_seq as f64,
        ),
        ("rnats_stream_consumers", "Consumers of the stream.", |s| {
            s.consumer_count as f64
        }),
    ];
    for (name, help, get) in stream_families {
        w.family(name, "gauge", help);
        for a in &jsz.account_details {
            for s in &a.stream_detail {
                w.sample(
                    name,
                    &[("account", &a.name), ("stream", &s.name)],
                    get(&s.state),
                );
            }
        }
    }
    type ConsumerField = fn(&rnats_proto::monitor::JszConsumer, u64) -> f64;
    let consumer_families: [(&str, &str, ConsumerField); 5] = [
        (
            "rnats_consumer_num_pending",
            "Messages not yet delivered to the consumer.",
            |c, _| c.num_pending as f64,
        ),
        (
            "rnats_consumer_num_ack_pending",
            "Messages delivered and not yet acknowledged.",
            |c, _| c.num_ack_pending as f64,
        ),
        (
            "rnats_consumer_num_redelivered",
            "Messages redelivered.",
            |c, _| c.num_redelivered as f64,
        ),
        (
            "rnats_consumer_num_waiting",
            "Waiting pull requests.",
            |c, _| c.num_waiting as f64,
        ),
        (
            "rnats_consumer_lag",
            "Stream last sequence minus the consumer's delivered stream sequence.",
            |c, last| last.saturating_sub(c.delivered.stream_seq) as f64,
        ),
    ];
    for (name, help, get) in consumer_families {
        w.family(name, "gauge", help);
        for a in &jsz.account_details {
            for s in &a.stream_detail {
                for c in &s.consumer_detail {
                    w.sample(
                        name,
                        &[
                            ("account", &a.name),
                            ("stream", &s.name),
                            ("consumer", &c.name),
                        ],
                        get(c, s.state.last_seq),
                    );
                }
            }
        }
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_escaping_and_numbers() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        assert_eq!(number(3.0), "3");
        assert_eq!(number(0.25), "0.25");
    }
}
