//! Drawing only: renders an [`App`] into a ratatui frame. The connections screen keeps
//! nats-top's layout (six header lines, the prompt line, `Connections Polled`, the grid) and
//! adds a tab bar, sparklines of the message rates beside the header, and a status of sort
//! direction and filter; the JetStream screen lists streams and consumers from `/jsz`.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline};
use ratatui::Frame;

use crate::app::{App, Direction, View};
use crate::text::{self, nsize, psize};

/// Width from which the sparklines are drawn beside the header.
const SPARK_MIN_WIDTH: u16 = 100;

/// Draws the whole screen.
pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    if app.view == View::Help {
        f.render_widget(Paragraph::new(help_text()), area);
        return;
    }
    let [tabs, header, prompt, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(6),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    draw_tabs(f, app, tabs);
    draw_header(f, app, header);
    f.render_widget(
        Paragraph::new(app.prompt_line()).style(Style::new().add_modifier(Modifier::BOLD)),
        prompt,
    );
    match app.view {
        View::JetStream => draw_jetstream(f, app, body),
        View::Routes => draw_routes(f, app, body),
        View::Leafnodes => draw_leafnodes(f, app, body),
        View::Gateways => draw_gateways(f, app, body),
        _ => draw_connections(f, app, body),
    }
}

fn draw_tabs(f: &mut Frame, app: &App, area: Rect) {
    let tab = |label: &'static str, on: bool| {
        if on {
            Span::styled(label, Style::new().add_modifier(Modifier::REVERSED))
        } else {
            Span::raw(label)
        }
    };
    let line = Line::from(vec![
        Span::styled("rnats top ", Style::new().add_modifier(Modifier::BOLD)),
        tab(" 1 Connections ", app.view == View::Connections),
        Span::raw(" "),
        tab(" 2 JetStream ", app.view == View::JetStream),
        Span::raw(" "),
        tab(" 3 Routes ", app.view == View::Routes),
        Span::raw(" "),
        tab(" 4 Leafnodes ", app.view == View::Leafnodes),
        Span::raw(" "),
        tab(" 5 Gateways ", app.view == View::Gateways),
        Span::raw("   ? help  q quit"),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

fn draw_header(f: &mut Frame, app: &App, area: Rect) {
    let lines: Vec<Line> = text::header_lines(&app.stats, app.display.raw)
        .into_iter()
        .map(Line::from)
        .collect();
    if area.width < SPARK_MIN_WIDTH {
        f.render_widget(Paragraph::new(lines), area);
        return;
    }
    let spark_w = (area.width - 80).min(60);
    let [left, right] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(spark_w)]).areas(area);
    f.render_widget(Paragraph::new(lines), left);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(3), Constraint::Length(3)]).areas(right);
    for (rect, title, hist) in [
        (top, "In msgs/s", &app.in_history),
        (bottom, "Out msgs/s", &app.out_history),
    ] {
        // The newest samples that fit, right-aligned.
        let width = rect.width as usize;
        let data: Vec<u64> = hist
            .iter()
            .skip(hist.len().saturating_sub(width))
            .copied()
            .collect();
        let peak = data.iter().copied().max().unwrap_or(0);
        let spark = Sparkline::default()
            .block(Block::new().title(format!("{title} (max {peak})")))
            .data(&data);
        f.render_widget(spark, rect);
    }
}

fn draw_connections(f: &mut Frame, app: &App, area: Rect) {
    let rows = app.rows();
    let (host_w, name_w) = text::widths(&rows);
    let arrow = match app.direction {
        Direction::Ascending => "▲",
        Direction::Descending => "▼",
    };
    let mut status = format!("Connections Polled: {}", app.stats.connz.num_connections);
    let mut extra = vec![format!("sort: {} {arrow}", app.sort.as_str())];
    if !app.filter.is_empty() {
        extra.push(format!("filter: {} ({} shown)", app.filter, rows.len()));
    }
    if app.display.rates {
        extra.push("rates per poll".to_string());
    }
    status.push_str("   [");
    status.push_str(&extra.join(", "));
    status.push(']');
    let mut lines = vec![
        Line::from(status),
        Line::styled(
            text::grid_header(host_w, name_w, app.display.subs),
            Style::new().add_modifier(Modifier::REVERSED),
        ),
    ];
    lines.extend(
        rows.iter()
            .map(|r| Line::from(text::grid_row(r, host_w, name_w, app.display.subs))),
    );
    f.render_widget(Paragraph::new(lines), area);
}

fn draw_jetstream(f: &mut Frame, app: &App, area: Rect) {
    let raw = app.display.raw;
    let mut lines = Vec::new();
    let Some(jsz) = &app.stats.jsz else {
        let why = if app.stats.jsz_error.is_empty() {
            "waiting for /jsz".to_string()
        } else {
            app.stats.jsz_error.clone()
        };
        lines.push(Line::from(format!("JetStream: {why}")));
        f.render_widget(Paragraph::new(lines), area);
        return;
    };
    if jsz.disabled {
        lines.push(Line::from("JetStream: disabled on this server"));
        f.render_widget(Paragraph::new(lines), area);
        return;
    }
    lines.push(Line::from(format!(
        "JetStream: Memory: {}  Storage: {}  Streams: {}  Consumers: {}  Messages: {}  \
         Bytes: {}  API: {} (errors {})",
        psize(raw, jsz.memory as i64),
        psize(raw, jsz.storage as i64),
        jsz.streams,
        jsz.consumers,
        nsize(raw, jsz.messages as i64),
        psize(raw, jsz.bytes as i64),
        nsize(raw, jsz.api.total as i64),
        jsz.api.errors
    )));
    if !app.stats.jsz_error.is_empty() {
        lines.push(Line::from(app.stats.jsz_error.clone()));
    }
    let needle = app.filter.to_lowercase();
    let keep = |parts: &[&str]| {
        needle.is_empty() || parts.iter().any(|p| p.to_lowercase().contains(&needle))
    };
    lines.push(Line::styled(
        format!(
            "  {:<16}  {:<20}  {:<10}  {:<10}  {:<12}  {:<12}  {:<9}",
            "ACCOUNT", "STREAM", "MESSAGES", "BYTES", "FIRST_SEQ", "LAST_SEQ", "CONSUMERS"
        ),
        Style::new().add_modifier(Modifier::REVERSED),
    ));
    let mut consumers = Vec::new();
    for acc in &jsz.account_details {
        for s in &acc.stream_detail {
            if keep(&[&acc.name, &s.name]) {
                lines.push(Line::from(format!(
                    "  {:<16}  {:<20}  {:<10}  {:<10}  {:<12}  {:<12}  {:<9}",
                    acc.name,
                    s.name,
                    nsize(raw, s.state.messages as i64),
                    psize(raw, s.state.bytes as i64),
                    s.state.first_seq,
                    s.state.last_seq,
                    s.state.consumer_count
                )));
            }
            for c in &s.consumer_detail {
                if keep(&[&acc.name, &s.name, &c.name]) {
                    consumers.push((s.name.clone(), c.clone()));
                }
            }
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(
        format!(
            "  {:<20}  {:<20}  {:<10}  {:<11}  {:<11}  {:<7}  {:<12}  {:<12}",
            "STREAM",
            "CONSUMER",
            "PENDING",
            "ACK_PENDING",
            "REDELIVERED",
            "WAITING",
            "DELIVERED",
            "ACK_FLOOR"
        ),
        Style::new().add_modifier(Modifier::REVERSED),
    ));
    // Largest backlog first: that is what an operator looks for.
    consumers.sort_by(|a, b| {
        (b.1.num_pending + b.1.num_ack_pending).cmp(&(a.1.num_pending + a.1.num_ack_pending))
    });
    for (stream, c) in consumers {
        lines.push(Line::from(format!(
            "  {:<20}  {:<20}  {:<10}  {:<11}  {:<11}  {:<7}  {:<12}  {:<12}",
            stream,
            c.name,
            nsize(raw, c.num_pending as i64),
            c.num_ack_pending,
            c.num_redelivered,
            c.num_waiting,
            c.delivered.stream_seq,
            c.ack_floor.stream_seq
        )));
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// The first lines of a cluster tab: the summary, or why the document is missing.
fn cluster_status(app: &App, what: &str, summary: Option<String>) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    match summary {
        Some(s) => lines.push(Line::from(s)),
        None if app.stats.cluster_error.is_empty() => {
            lines.push(Line::from(format!("{what}: waiting for data")))
        }
        None => {}
    }
    if !app.stats.cluster_error.is_empty() {
        lines.push(Line::from(format!("{what}: {}", app.stats.cluster_error)));
    }
    lines
}

/// A reversed header line for a table.
fn table_header(text: String) -> Line<'static> {
    Line::styled(text, Style::new().add_modifier(Modifier::REVERSED))
}

fn keep(app: &App, parts: &[&str]) -> bool {
    let needle = app.filter.to_lowercase();
    needle.is_empty() || parts.iter().any(|p| p.to_lowercase().contains(&needle))
}

const ROUTE_COLUMNS: &str = "  RID     REMOTE_NAME           ACCOUNT         HOST                   SUBS   PENDING   MSGS_TO   MSGS_FROM  BYTES_TO  BYTES_FROM  UPTIME";

fn draw_routes(f: &mut Frame, app: &App, area: Rect) {
    let raw = app.display.raw;
    let routez = app.stats.routez.as_ref();
    let mut lines = cluster_status(
        app,
        "Routes",
        routez.map(|r| {
            format!(
                "Routes: {}  Cluster server: {}",
                r.num_routes, r.server_name
            )
        }),
    );
    lines.push(table_header(ROUTE_COLUMNS.to_string()));
    for r in routez.map(|r| r.routes.as_slice()).unwrap_or_default() {
        let host = format!("{}:{}", r.ip, r.port);
        if !keep(app, &[&r.remote_name, &r.remote_id, &r.account, &host]) {
            continue;
        }
        lines.push(Line::from(format!(
            "  {:<6}  {:<20}  {:<14}  {:<21}  {:<5}  {:<8}  {:<8}  {:<9}  {:<8}  {:<10}  {}",
            r.rid,
            r.remote_name,
            r.account,
            host,
            r.subscriptions,
            psize(raw, r.pending_size),
            nsize(raw, r.out_msgs),
            nsize(raw, r.in_msgs),
            psize(raw, r.out_bytes),
            psize(raw, r.in_bytes),
            r.uptime
        )));
    }
    f.render_widget(Paragraph::new(lines), area);
}

const LEAF_COLUMNS: &str = "  CID     NAME                  ACCOUNT         HOST                   SUBS   MSGS_TO   MSGS_FROM  BYTES_TO  BYTES_FROM  RTT";

fn draw_leafnodes(f: &mut Frame, app: &App, area: Rect) {
    let raw = app.display.raw;
    let leafz = app.stats.leafz.as_ref();
    let mut lines = cluster_status(
        app,
        "Leafnodes",
        leafz.map(|l| format!("Leafnodes: {}", l.leafnodes)),
    );
    lines.push(table_header(LEAF_COLUMNS.to_string()));
    for l in leafz.map(|l| l.leafs.as_slice()).unwrap_or_default() {
        let host = format!("{}:{}", l.ip, l.port);
        if !keep(app, &[&l.name, &l.account, &host]) {
            continue;
        }
        lines.push(Line::from(format!(
            "  {:<6}  {:<20}  {:<14}  {:<21}  {:<5}  {:<8}  {:<9}  {:<8}  {:<10}  {}",
            l.id,
            l.name,
            l.account,
            host,
            l.subscriptions,
            nsize(raw, l.out_msgs),
            nsize(raw, l.in_msgs),
            psize(raw, l.out_bytes),
            psize(raw, l.in_bytes),
            l.rtt
        )));
    }
    f.render_widget(Paragraph::new(lines), area);
}

const GATEWAY_COLUMNS: &str = "  DIRECTION  GATEWAY               CID     HOST                   MSGS_TO   MSGS_FROM  BYTES_TO  BYTES_FROM  UPTIME";

fn draw_gateways(f: &mut Frame, app: &App, area: Rect) {
    let raw = app.display.raw;
    let gatewayz = app.stats.gatewayz.as_ref();
    let mut lines = cluster_status(
        app,
        "Gateways",
        gatewayz.map(|g| {
            let name = if g.name.is_empty() {
                "(gateways not configured)"
            } else {
                g.name.as_str()
            };
            format!(
                "Gateway: {name}  Outbound: {}  Inbound: {}",
                g.outbound_gateways.len(),
                g.inbound_gateways.values().map(Vec::len).sum::<usize>()
            )
        }),
    );
    lines.push(table_header(GATEWAY_COLUMNS.to_string()));
    let mut rows = Vec::new();
    if let Some(g) = gatewayz {
        for (name, r) in &g.outbound_gateways {
            rows.push(("outbound", name, r));
        }
        for (name, rs) in &g.inbound_gateways {
            rows.extend(rs.iter().map(|r| ("inbound", name, r)));
        }
    }
    for (dir, name, r) in rows {
        let c = r.connection.clone().unwrap_or_default();
        let host = format!("{}:{}", c.ip, c.port);
        if !keep(app, &[name, &host]) {
            continue;
        }
        lines.push(Line::from(format!(
            "  {:<9}  {:<20}  {:<6}  {:<21}  {:<8}  {:<9}  {:<8}  {:<10}  {}",
            dir,
            name,
            c.cid,
            host,
            nsize(raw, c.out_msgs),
            nsize(raw, c.in_msgs),
            psize(raw, c.out_bytes),
            psize(raw, c.in_bytes),
            c.uptime
        )));
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// nats-top's key reference plus rnats' additions.
pub fn help_text() -> String {
    "
Command          Description

o<option>        Set primary sort key to <option>.

                 Option can be one of: {cid|subs|pending|msgs_to|msgs_from|
                 bytes_to|bytes_from|idle|last|uptime|start|rtt}, optionally
                 prefixed with + (ascending) or - (descending).

                 This can be set in the command line too with -sort flag.

n<limit>         Set sample size of connections to request from the server.

                 This can be set in the command line as well via -n flag.
                 Note that if used in conjunction with sort, the server
                 would respect both options allowing queries like 'connection
                 with largest number of subscriptions': -n 1 -sort subs

r                Reverse the sort direction (asks the server again for the
                 other end of its order).

/<text>          Show only connections whose host, name, account, user, lang
                 or subscriptions contain <text> (streams and consumers on the
                 JetStream tab); Esc clears the filter.

s                Toggle displaying connection subscriptions.

d                Toggle activating DNS address lookup for clients.

b                Toggle displaying raw bytes.

space            Toggle displaying rates per second in connections.

1 .. 5, Tab      Connections / JetStream (streams and consumers from /jsz) /
                 Routes (/routez) / Leafnodes (/leafz) / Gateways (/gatewayz).

q                Quit nats-top.

Press any key to continue...
"
    .to_string()
}
