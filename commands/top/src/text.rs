//! nats-top's text: the humanised numbers (`Psize` for bytes, 1024-based; `Nsize` for counts,
//! 1000-based), the connection table's columns (times in Go's `time.Time` string from
//! [`rnats_proto::kit::format`]), and the snapshot that `-o FILE` writes (grid-like plain text, or delimited with `-l`), byte for byte as nats-top
//! prints them. The TUI draws the same header and rows, so what `-o -` prints is what the
//! screen shows.

use std::fmt::Write as _;

use rnats_proto::kit::format::time_string;
use rnats_proto::monitor::ConnInfo;

use crate::fetch::Stats;

/// Bytes as nats-top shows them: raw below 1 KiB (or with `-b`), else `%.1fK|M|G`.
pub fn psize(raw: bool, v: i64) -> String {
    const KIB: f64 = 1024.0;
    const MIB: f64 = KIB * 1024.0;
    const GIB: f64 = MIB * 1024.0;
    let f = v as f64;
    if raw || f < KIB {
        format!("{f:.0}")
    } else if f < MIB {
        format!("{:.1}K", f / KIB)
    } else if f < GIB {
        format!("{:.1}M", f / MIB)
    } else {
        format!("{:.1}G", f / GIB)
    }
}

/// Counts as nats-top shows them: raw below 1000 (or with `-b`), else `%.1fK|M|B|T`.
pub fn nsize(raw: bool, v: i64) -> String {
    const K: f64 = 1e3;
    const M: f64 = 1e6;
    const B: f64 = 1e9;
    const T: f64 = 1e12;
    let f = v as f64;
    if raw || f < K {
        format!("{f:.0}")
    } else if f < M {
        format!("{:.1}K", f / K)
    } else if f < B {
        format!("{:.1}M", f / M)
    } else if f < T {
        format!("{:.1}B", f / B)
    } else {
        format!("{:.1}T", f / T)
    }
}

/// What the connection columns show for one poll.
#[derive(Debug, Clone, Copy, Default)]
pub struct Display {
    /// `-b`: raw numbers.
    pub raw: bool,
    /// Space: per-poll rates instead of totals.
    pub rates: bool,
    /// `s`/`-u`: subscriptions column.
    pub subs: bool,
    /// `d`/`-lookup`: host names.
    pub lookup: bool,
}

/// The HOST cell: `ip:port`, or the resolved name with lookup on.
pub fn host_of(stats: &Stats, c: &ConnInfo, lookup: bool) -> String {
    if lookup {
        if let Some(h) = stats.hosts.get(&c.ip) {
            return h.clone();
        }
    }
    format!("{}:{}", c.ip, c.port)
}

/// One connection's cells after HOST and CID: NAME, SUBS, PENDING, MSGS_TO, MSGS_FROM,
/// BYTES_TO, BYTES_FROM, LANG, VERSION, UPTIME, LAST_ACTIVITY and SUBSCRIPTIONS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// HOST.
    pub host: String,
    /// CID.
    pub cid: u64,
    /// NAME.
    pub name: String,
    /// SUBS.
    pub subs: u32,
    /// PENDING.
    pub pending: String,
    /// MSGS_TO.
    pub msgs_to: String,
    /// MSGS_FROM.
    pub msgs_from: String,
    /// BYTES_TO.
    pub bytes_to: String,
    /// BYTES_FROM.
    pub bytes_from: String,
    /// LANG.
    pub lang: String,
    /// VERSION.
    pub version: String,
    /// UPTIME.
    pub uptime: String,
    /// LAST_ACTIVITY.
    pub last_activity: String,
    /// The subscription subjects.
    pub subscriptions: Vec<String>,
}

/// The cells of `c` as nats-top formats them.
pub fn row(stats: &Stats, c: &ConnInfo, d: Display) -> Row {
    let (msgs_to, msgs_from, bytes_to, bytes_from) = if d.rates {
        let r = stats.conn_rates.get(&c.cid).copied().unwrap_or_default();
        (
            nsize(d.raw, r.out_msgs as i64),
            nsize(d.raw, r.in_msgs as i64),
            psize(d.raw, r.out_bytes as i64),
            psize(d.raw, r.in_bytes as i64),
        )
    } else {
        (
            nsize(d.raw, c.out_msgs),
            nsize(d.raw, c.in_msgs),
            psize(d.raw, c.out_bytes),
            psize(d.raw, c.in_bytes),
        )
    };
    Row {
        host: host_of(stats, c, d.lookup),
        cid: c.cid,
        name: c.name.clone(),
        subs: c.subscriptions,
        pending: nsize(d.raw, c.pending_bytes),
        msgs_to,
        msgs_from,
        bytes_to,
        bytes_from,
        lang: c.lang.clone(),
        version: c.version.clone(),
        uptime: c.uptime.clone(),
        last_activity: time_string(&c.last_activity.0),
        subscriptions: c.subscriptions_list.clone(),
    }
}

/// The six header lines (version, server, id, load, in, out).
pub fn header_lines(stats: &Stats, raw: bool) -> Vec<String> {
    let v = &stats.varz;
    let r = &stats.rates;
    let name = if v.server_name != v.server_id {
        v.server_name.as_str()
    } else {
        ""
    };
    vec![
        format!(
            "NATS server version {} (uptime: {}) {}",
            v.version, v.uptime, stats.error
        ),
        format!("Server: {name}"),
        format!("  ID:   {}", v.server_id),
        format!(
            "  Load: CPU:  {:.1}%  Memory: {}  Slow Consumers: {}",
            v.cpu,
            psize(false, v.mem),
            v.slow_consumers
        ),
        format!(
            "  In:   Msgs: {}  Bytes: {}  Msgs/Sec: {:.1}  Bytes/Sec: {}",
            nsize(raw, v.in_msgs),
            psize(raw, v.in_bytes),
            r.in_msgs,
            psize(raw, r.in_bytes as i64)
        ),
        format!(
            "  Out:  Msgs: {}  Bytes: {}  Msgs/Sec: {:.1}  Bytes/Sec: {}",
            nsize(raw, v.out_msgs),
            psize(raw, v.out_bytes),
            r.out_msgs,
            psize(raw, r.out_bytes as i64)
        ),
    ]
}

/// Column widths of the grid: HOST (at least 15, else longest + 2) and NAME (0 when no
/// connection has a name, else longest + 2).
pub fn widths(rows: &[Row]) -> (usize, usize) {
    let mut host = 15;
    let mut name = 0;
    for r in rows {
        let h = r.host.chars().count();
        if h > host {
            host = h + 2;
        }
        let n = r.name.chars().count();
        if n > name {
            name = (n + 2).max(4);
        }
    }
    (host, name)
}

/// The grid's header line (no trailing newline).
pub fn grid_header(host_w: usize, name_w: usize, subs: bool) -> String {
    let mut s = format!("  {:<host_w$}  {:<6} ", "HOST", "CID");
    if name_w > 0 {
        let _ = write!(s, "{:<name_w$} ", "NAME");
    }
    let _ = write!(
        s,
        "{:<6}  {:<10}  {:<10}  {:<10}  {:<10}  {:<10}  {:<7}  {:<7}  {:<7}  {:<40}",
        "SUBS",
        "PENDING",
        "MSGS_TO",
        "MSGS_FROM",
        "BYTES_TO",
        "BYTES_FROM",
        "LANG",
        "VERSION",
        "UPTIME",
        "LAST_ACTIVITY"
    );
    if subs {
        let _ = write!(s, "{:>13}", "SUBSCRIPTIONS");
    }
    s
}

/// One grid row (no trailing newline).
pub fn grid_row(r: &Row, host_w: usize, name_w: usize, subs: bool) -> String {
    let mut s = format!("  {:<host_w$}  {:<6} ", r.host, r.cid);
    if name_w > 0 {
        let _ = write!(s, "{:<name_w$} ", r.name);
    }
    let _ = write!(
        s,
        "{:<6}  {:<10}  {:<10}  {:<10}  {:<10}  {:<10}  {:<7}  {:<7}  {:<7}  {:<40}",
        r.subs,
        r.pending,
        r.msgs_to,
        r.msgs_from,
        r.bytes_to,
        r.bytes_from,
        r.lang,
        r.version,
        r.uptime,
        r.last_activity
    );
    if subs {
        s.push_str(&r.subscriptions.join(", "));
    }
    s
}

/// nats-top's plain-text snapshot (`-o FILE` without `-l`).
pub fn plain_snapshot(stats: &Stats, rows: &[Row], d: Display) -> String {
    let mut text = header_lines(stats, d.raw).join("\n");
    let _ = write!(
        text,
        "\n\nConnections Polled: {}\n",
        stats.connz.num_connections
    );
    let (host_w, name_w) = widths(rows);
    text.push_str(&grid_header(host_w, name_w, d.subs));
    text.push('\n');
    for r in rows {
        text.push_str(&grid_row(r, host_w, name_w, d.subs));
        text.push('\n');
    }
    text
}

/// nats-top's delimited snapshot (`-o FILE -l DELIM`).
pub fn delimited_snapshot(stats: &Stats, rows: &[Row], d: Display, delim: &str) -> String {
    let v = &stats.varz;
    let r = &stats.rates;
    let raw = d.raw;
    let mut lines = vec![
        [
            "NATS server version",
            &v.version,
            &format!("(uptime: {})", v.uptime),
            &stats.error,
        ]
        .join(delim),
        "Server:".to_string(),
        [
            "Load:",
            "CPU:",
            &format!("{:.1}%", v.cpu),
            "Memory:",
            &psize(false, v.mem),
            "Slow Consumers:",
            &v.slow_consumers.to_string(),
        ]
        .join(delim),
        [
            "In:",
            "Msgs:",
            &nsize(raw, v.in_msgs),
            "Bytes:",
            &psize(raw, v.in_bytes),
            "Msgs/Sec:",
            &format!("{:.1}", r.in_msgs),
            "Bytes/Sec:",
            &psize(raw, r.in_bytes as i64),
        ]
        .join(delim),
        [
            "Out:",
            "Msgs:",
            &nsize(raw, v.out_msgs),
            "Bytes:",
            &psize(raw, v.out_bytes),
            "Msgs/Sec:",
            &format!("{:.1}", r.out_msgs),
            "Bytes/Sec:",
            &psize(raw, r.out_bytes as i64),
        ]
        .join(delim),
        String::new(),
        format!("Connections Polled:{delim}{}", stats.connz.num_connections),
    ];
    let mut header = vec![
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
    ];
    if d.subs {
        header.push("SUBSCRIPTIONS");
    }
    lines.push(header.join(delim));
    for row in rows {
        let mut cells = vec![
            row.host.clone(),
            row.cid.to_string(),
            row.name.clone(),
            row.subs.to_string(),
            row.pending.clone(),
            row.msgs_to.clone(),
            row.msgs_from.clone(),
            row.bytes_to.clone(),
            row.bytes_from.clone(),
            row.lang.clone(),
            row.version.clone(),
            row.uptime.clone(),
            row.last_activity.clone(),
        ];
        if d.subs {
            // Two spaces between subjects: the delimiter is often a comma.
            cells.push(row.subscriptions.join("  "));
        }
        lines.push(cells.join(delim));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_like_nats_top() {
        assert_eq!(psize(false, 1023), "1023");
        assert_eq!(psize(false, 1024), "1.0K");
        assert_eq!(psize(false, 5 * 1024 * 1024), "5.0M");
        assert_eq!(psize(false, 3 * 1024 * 1024 * 1024), "3.0G");
        assert_eq!(psize(true, 5 * 1024 * 1024), "5242880");
        assert_eq!(nsize(false, 999), "999");
        assert_eq!(nsize(false, 1500), "1.5K");
        assert_eq!(nsize(false, 2_000_000_000), "2.0B");
        assert_eq!(nsize(false, 7_000_000_000_000), "7.0T");
        assert_eq!(nsize(true, 1500), "1500");
    }
}
