//! natscli's live graph views: `stream graph`, `consumer graph` and `server graph [-j]`.
//!
//! Like natscli (`cli/stream_command.go` and `cli/consumer_command.go` `graphAction`,
//! `cli/server_graph_command.go`), each view needs a terminal on stdin and stdout (else
//! `can only graph data on an interactive terminal`) of at least 20×20 cells (32 rows for the
//! server views; else `please increase terminal dimensions`). natscli checks again on every
//! tick after taking its margins off, so in practice the stream view needs 26 rows, the
//! consumer view 25 and the server views 39; so does this. Once a second it reads the
//! stream's or consumer's state, or the server's VARZ over the system account, appends one
//! point to each series (as wide as the terminal, oldest points dropping off the left),
//! clears the screen and prints the charts ([`crate::line_chart`]) under a heading. Rates are
//! the change per second since the previous reading. Ctrl-C (SIGINT) clears the screen and
//! ends the view with exit code 0; natscli reads no keys and leaves the terminal in its normal
//! mode, so there is nothing else to restore.
//!
//! The titles, series, sizes and label formats are natscli's, including its slips: the
//! server view is headed `JetStream Statistics for ...` with or without `--jetstream`, and the
//! memory charts label megabytes and gigabytes as if they were bytes.

use crate::kit::connect;
use crate::kit::jsapi;
use crate::line_chart::{fixed_decimal, float_to_ibytes, float_to_int, rate, Chart, Formatter};
use crate::options::GlobalOpts;
use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::Args;
use rnats_proto::client::Client;
use rnats_proto::jetstream::JetStream;
use serde_json::Value;
use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// View a graph of stream activity
#[derive(Debug, Clone, Args)]
pub struct StreamGraphArgs {
    /// The name of the stream to graph
    pub stream: Option<String>,
}

/// View a graph of consumer activity
#[derive(Debug, Clone, Args)]
pub struct ConsumerGraphArgs {
    /// Stream name
    pub stream: Option<String>,
    /// Consumer name
    pub consumer: Option<String>,
}

/// Show graphs for a single server
#[derive(Debug, Clone, Args)]
pub struct ServerGraphArgs {
    /// Server ID or Name to inspect
    // Not `server`: that is the id of the global `--server` flag.
    #[arg(value_name = "SERVER")]
    pub id: String,
    /// Draw JetStream statistics
    #[arg(short = 'j', long)]
    pub jetstream: bool,
}

/// ANSI: clear the screen and home the cursor (what natscli prints between frames).
const CLEAR: &str = "\x1b[2J\x1b[H";

/// The terminal size natscli assumes when it cannot read it during the view.
const FALLBACK_SIZE: (usize, usize) = (80, 40);

/// The terminal's `(columns, rows)` at the start, after natscli's checks.
fn terminal(min_rows: usize) -> anyhow::Result<(usize, usize)> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        bail!("can only graph data on an interactive terminal");
    }
    let (cols, rows) = crossterm::terminal::size().context("failed to get terminal dimensions")?;
    let (cols, rows) = (usize::from(cols), usize::from(rows));
    if cols < 20 || rows < min_rows {
        bail!("please increase terminal dimensions");
    }
    Ok((cols, rows))
}

/// The space left for charts on each tick: the terminal less natscli's margins (`cols` and
/// `rows` are taken off terminals wider than 15 and taller than 10).
fn plot_area(cols: usize, rows: usize, min_rows: usize) -> anyhow::Result<(usize, usize)> {
    let (mut width, mut height) = crossterm::terminal::size()
        .map(|(c, r)| (usize::from(c), usize::from(r)))
        .unwrap_or(FALLBACK_SIZE);
    if width > 15 {
        width -= cols;
    }
    if height > 10 {
        height -= rows;
    }
    if width < 20 || height < min_rows {
        bail!("please increase terminal dimensions");
    }
    Ok((width, height))
}

/// Appends `value`, keeping the newest `width` points.
fn push(series: &mut Vec<f64>, value: f64, width: usize) {
    series.push(value);
    if width > 0 && series.len() > width {
        series.drain(..series.len() - width);
    }
}

/// A natscli chart: `height` rows, `width` columns, label `format`, optionally floored at 0.
fn chart(caption: &str, width: usize, height: usize, floor: bool, format: Formatter) -> Chart<'_> {
    Chart {
        caption,
        width,
        height,
        lower_bound: floor.then_some(0.0),
        precision: 0,
        format: Some(format),
        ..Chart::default()
    }
}

/// Writes one frame (screen cleared first) in a single write.
fn draw(frame: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(CLEAR.as_bytes())?;
    out.write_all(frame.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Clears the screen on the way out, as natscli does on Ctrl-C.
fn finish() -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(CLEAR.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A one-second ticker whose first tick comes after a second (Go's `time.NewTicker`).
fn ticker() -> tokio::time::Interval {
    let mut t = tokio::time::interval_at(
        tokio::time::Instant::now() + Duration::from_secs(1),
        Duration::from_secs(1),
    );
    t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    t
}

/// `nats stream graph [STREAM]`.
pub async fn stream(global: &GlobalOpts, a: StreamGraphArgs) -> anyhow::Result<ExitCode> {
    let (cols, _) = terminal(20)?;
    let session = connect::connect(global).await?;
    let js = jsapi::for_session(&session);
    let result = stream_view(&js, a.stream, cols).await;
    session.close().await;
    result
}

async fn stream_view(
    js: &JetStream,
    stream: Option<String>,
    cols: usize,
) -> anyhow::Result<ExitCode> {
    let name = crate::kit::pickers::pick_stream(js, stream).await?;
    let state = js.stream_info(&name).await?.state;
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);

    let mut stored = vec![0.0; cols];
    let mut stored_rate = vec![0.0; cols];
    let mut removed_rate = vec![0.0; cols];
    let (mut last_seq, mut first_seq) = (state.last_seq as f64, state.first_seq as f64);
    let mut last_reading = Instant::now();
    let mut tick = ticker();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut interrupted => return finish(),
        }
        let (width, height) = plot_area(11, 6, 20)?;
        let Ok(info) = js.stream_info(&name).await else {
            continue;
        };
        let s = info.state;
        let seconds = last_reading.elapsed().as_secs_f64();
        push(&mut stored, s.messages as f64, width);
        push(
            &mut stored_rate,
            rate(s.last_seq as f64, last_seq, seconds),
            width,
        );
        push(
            &mut removed_rate,
            rate(s.first_seq as f64, first_seq, seconds),
            width,
        );
        last_reading = Instant::now();
        (last_seq, first_seq) = (s.last_seq as f64, s.first_seq as f64);

        draw(&stream_frame(
            &name,
            width,
            height,
            [&stored, &removed_rate, &stored_rate],
        ))?;
    }
}

/// One `stream graph` frame for a `width`×`height` area: messages stored, removed per second
/// and stored per second.
fn stream_frame(name: &str, width: usize, height: usize, series: [&[f64]; 3]) -> String {
    let h = height / 3 - 2;
    let [stored, removed_rate, stored_rate] = series;
    let plots = [
        chart("Messages Stored", width, h, true, float_to_int).plot(stored),
        chart("Messages Removed / second", width, h, true, fixed_decimal).plot(removed_rate),
        chart("Messages Stored / second", width, h, true, fixed_decimal).plot(stored_rate),
    ];
    format!("Stream Statistics for {name}\n\n{}\n", plots.join("\n\n"))
}

/// `nats consumer graph [STREAM] [CONSUMER]`.
pub async fn consumer(global: &GlobalOpts, a: ConsumerGraphArgs) -> anyhow::Result<ExitCode> {
    let (cols, _) = terminal(20)?;
    let session = connect::connect(global).await?;
    let js = jsapi::for_session(&session);
    let result = consumer_view(&js, a, cols).await;
    session.close().await;
    result
}

async fn consumer_view(
    js: &JetStream,
    a: ConsumerGraphArgs,
    cols: usize,
) -> anyhow::Result<ExitCode> {
    let stream = crate::kit::pickers::stream_or_pick(js, a.stream).await?;
    let consumer = crate::kit::pickers::consumer_or_pick(js, &stream, a.consumer).await?;
    let info = js
        .consumer_info(&stream, &consumer)
        .await
        .map_err(anyhow::Error::new)?;
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);

    let mut delivered = vec![0.0; cols];
    let mut acked = vec![0.0; cols];
    let mut waiting = vec![0.0; cols];
    let mut pending = vec![0.0; cols];
    let mut last_acked = info.ack_floor.consumer_seq as f64;
    let mut last_delivered = info.delivered.consumer_seq as f64;
    let mut last_reading = Instant::now();
    let mut tick = ticker();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut interrupted => return finish(),
        }
        let (width, height) = plot_area(10, 5, 20)?;
        let Ok(info) = js.consumer_info(&stream, &consumer).await else {
            continue;
        };
        let seconds = last_reading.elapsed().as_secs_f64();
        let now_delivered = info.delivered.consumer_seq as f64;
        let now_acked = info.ack_floor.consumer_seq as f64;
        push(
            &mut delivered,
            rate(now_delivered, last_delivered, seconds),
            width,
        );
        push(&mut acked, rate(now_acked, last_acked, seconds), width);
        push(&mut pending, info.num_pending as f64, width);
        push(&mut waiting, info.num_ack_pending as f64, width);
        (last_delivered, last_acked) = (now_delivered, now_acked);
        last_reading = Instant::now();

        draw(&consumer_frame(
            &format!("{stream} > {consumer}"),
            width,
            height,
            [&pending, &waiting, &acked, &delivered],
        ))?;
    }
}

/// One `consumer graph` frame for a `width`×`height` area: messages pending, waiting for an
/// ack, acknowledged per second and delivered per second.
fn consumer_frame(name: &str, width: usize, height: usize, series: [&[f64]; 4]) -> String {
    let h = height / 4 - 2;
    let [pending, waiting, acked, delivered] = series;
    let plots = [
        chart("Messages Pending", width, h, true, float_to_int).plot(pending),
        chart("Messages Waiting for Ack", width, h, true, float_to_int).plot(waiting),
        chart(
            "Messages Acknowledged / second",
            width,
            h,
            true,
            fixed_decimal,
        )
        .plot(acked),
        chart("Messages Delivered / second", width, h, true, fixed_decimal).plot(delivered),
    ];
    format!("Consumer Statistics for {name}\n\n{}\n", plots.join("\n\n"))
}

/// The charts of the server views (their number sets the space each one gets).
const SERVER_CHARTS: usize = 6;

/// `nats server graph SERVER [--jetstream]`.
pub async fn server(global: &GlobalOpts, a: ServerGraphArgs) -> anyhow::Result<ExitCode> {
    // Three chart rows, the ruler, the caption and a gap per chart, plus the heading.
    let min_rows = SERVER_CHARTS * 5 + 2;
    let (cols, _) = terminal(min_rows)?;
    let session = connect::connect(global).await?;
    let result = server_view(&session.client, session.timeout, &a, cols, min_rows).await;
    session.close().await;
    result
}

/// The VARZ request for `id`: a server ID (56 upper-case characters) is asked directly,
/// anything else is a server name every server filters on.
fn varz_request(id: &str) -> (String, Vec<u8>) {
    if id.len() == 56 && id.to_uppercase() == id {
        (format!("$SYS.REQ.SERVER.{id}.VARZ"), b"{}".to_vec())
    } else {
        let body = serde_json::json!({"server_name": id, "exact_match": true});
        (
            "$SYS.REQ.SERVER.PING.VARZ".to_string(),
            body.to_string().into_bytes(),
        )
    }
}

/// The first VARZ reply's `data`.
async fn varz(
    client: &Client,
    subject: &str,
    body: &[u8],
    timeout: Duration,
) -> anyhow::Result<Value> {
    let msg = client
        .request_with(
            subject.to_string(),
            None,
            Bytes::copy_from_slice(body),
            timeout,
        )
        .await
        .map_err(|_| {
            anyhow::anyhow!(
                "no results received, ensure the account used has system privileges and \
                 appropriate permissions"
            )
        })?;
    let reply: Value = serde_json::from_slice(&msg.payload)?;
    if let Some(e) = reply.get("error").filter(|e| !e.is_null()) {
        bail!("invalid response received: {e}");
    }
    match reply.get("data") {
        Some(d) if d.is_object() => Ok(d.clone()),
        _ => bail!("no data received in response: {reply}"),
    }
}

/// A number in a JSON document (0 when absent).
fn num(v: &Value, path: &[&str]) -> f64 {
    path.iter()
        .try_fold(v, |v, k| v.get(k))
        .and_then(Value::as_f64)
        .unwrap_or(0.0)
}

/// The series of one server view and how each reading extends them.
struct ServerSeries {
    jetstream: bool,
    series: [Vec<f64>; SERVER_CHARTS],
    last: (f64, f64),
    last_reading: Instant,
}

impl ServerSeries {
    fn new(jetstream: bool, vz: &Value, cols: usize) -> ServerSeries {
        let last = if jetstream {
            (num(vz, &["jetstream", "stats", "api", "total"]), 0.0)
        } else {
            (
                num(vz, &["in_msgs"]) + num(vz, &["out_msgs"]),
                num(vz, &["in_bytes"]) + num(vz, &["out_bytes"]),
            )
        };
        ServerSeries {
            jetstream,
            series: std::array::from_fn(|_| vec![0.0; cols]),
            last,
            last_reading: Instant::now(),
        }
    }

    /// Adds one reading and draws the charts for a `width`×`height` area.
    fn update(&mut self, vz: &Value, width: usize, height: usize) -> Vec<String> {
        let seconds = self.last_reading.elapsed().as_secs_f64();
        let cores = num(vz, &["cores"]);
        let cpu = num(vz, &["cpu"]) / cores;
        let h = height / SERVER_CHARTS - 2;
        let cpu_caption = format!("CPU % Used (normalized for {cores} cores)");
        let [a, b, c, d, e, f] = &mut self.series;
        if self.jetstream {
            let stats = &vz["jetstream"]["stats"];
            if stats.is_object() {
                let gb = |k: &str| num(stats, &[k]) / 1024.0 / 1024.0 / 1024.0;
                let api = num(stats, &["api", "total"]);
                push(a, cpu, width);
                push(b, num(stats, &["ha_assets"]), width);
                push(c, ((api - self.last.0) / seconds).max(0.0), width);
                push(e, gb("store"), width);
                push(f, gb("memory"), width);
                self.last.0 = api;
            }
            let meta = &vz["jetstream"]["meta"];
            if meta.is_object() {
                push(d, num(meta, &["pending"]), width);
            }
            self.last_reading = Instant::now();
            vec![
                chart(&cpu_caption, width, h, false, fixed_decimal).plot(a),
                chart("HA Assets", width, h, false, float_to_int).plot(b),
                chart("API Requests / second", width, h, false, fixed_decimal).plot(c),
                chart("Pending API Requests", width, h, false, float_to_int).plot(d),
                chart("File Storage in GB", width, h, false, float_to_ibytes).plot(e),
                chart("Memory Storage in GB", width, h, false, float_to_ibytes).plot(f),
            ]
        } else {
            let msgs = num(vz, &["in_msgs"]) + num(vz, &["out_msgs"]);
            let bytes = num(vz, &["in_bytes"]) + num(vz, &["out_bytes"]);
            push(a, cpu, width);
            push(b, num(vz, &["mem"]) / 1024.0 / 1024.0, width);
            push(c, num(vz, &["connections"]), width);
            push(d, num(vz, &["subscriptions"]), width);
            push(e, rate(msgs, self.last.0, seconds), width);
            push(f, rate(bytes, self.last.1, seconds), width);
            self.last = (msgs, bytes);
            self.last_reading = Instant::now();
            vec![
                chart(&cpu_caption, width, h, false, fixed_decimal).plot(a),
                chart("Memory Used in MB", width, h, false, float_to_ibytes).plot(b),
                chart("Connections", width, h, false, float_to_int).plot(c),
                chart("Subscriptions", width, h, false, float_to_int).plot(d),
                chart("Messages In+Out / second", width, h, false, fixed_decimal).plot(e),
                chart("Bytes In+Out / second", width, h, false, float_to_ibytes).plot(f),
            ]
        }
    }
}

async fn server_view(
    client: &Client,
    timeout: Duration,
    a: &ServerGraphArgs,
    cols: usize,
    min_rows: usize,
) -> anyhow::Result<ExitCode> {
    let (subject, body) = varz_request(&a.id);
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    let heading = format!("JetStream Statistics for {}\n\n", a.id);

    let vz = varz(client, &subject, &body, timeout).await?;
    // natscli prints the heading once before the first frame, without clearing.
    print!("{heading}");
    std::io::stdout().flush()?;
    let mut series = ServerSeries::new(a.jetstream, &vz, cols);
    let mut tick = ticker();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = &mut interrupted => return finish(),
        }
        let (width, height) = plot_area(11, SERVER_CHARTS + 1, min_rows)?;
        let vz = varz(client, &subject, &body, timeout).await?;
        let mut frame = heading.clone();
        for plot in series.update(&vz, width, height) {
            frame.push_str(&plot);
            frame.push_str("\n\n");
        }
        draw(&frame)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_keep_the_newest_points() {
        let mut s = vec![0.0; 5];
        push(&mut s, 1.0, 3);
        assert_eq!(s, vec![0.0, 0.0, 1.0]);
        push(&mut s, 2.0, 0);
        assert_eq!(s, vec![0.0, 0.0, 1.0, 2.0]);
    }

    // The frames below are what natscli prints for the same series and terminal size (its
    // asciigraph fork and print sequence, run with Go).

    #[test]
    fn stream_frame_layout() {
        let stored = [0.0, 0.0, 0.0, 3.0];
        let zero = [0.0; 4];
        let got = stream_frame("ORDERS", 20, 20, [&stored, &zero, &zero]);
        let want = "\
Stream Statistics for ORDERS

  3┤
  2┤                ╭─
  1┤               ╭╯
  0┤             ╭─╯
  0┼─────────────╯
     Messages Stored

 0.00 ┤
 0.00 ┤
 0.00 ┤
 0.00 ┤
 0.00 ┼───────────────
       Messages Removed / second

 0.00 ┤
 0.00 ┤
 0.00 ┤
 0.00 ┤
 0.00 ┼───────────────
       Messages Stored / second
";
        assert_eq!(got, want);
    }

    #[test]
    fn consumer_frame_layout() {
        let pending = [5.0, 4.0, 2.0, 0.0];
        let zero = [0.0; 4];
        let rate = [0.0, 1.0, 2.0, 2.0];
        let got = consumer_frame("S > C", 20, 20, [&pending, &zero, &rate, &rate]);
        let want = "\
Consumer Statistics for S > C

  5┼─────╮
  3┤     ╰─────╮
  1┤           ╰────╮
  0┤                ╰─
     Messages Pending

  0┤
  0┤
  0┤
  0┼──────────────────
    Messages Waiting for Ack

 2.00 ┤          ╭────
 1.33 ┤      ╭───╯
 0.67 ┤  ╭───╯
 0.00 ┼──╯
       Messages Acknowledged / second

 2.00 ┤          ╭────
 1.33 ┤      ╭───╯
 0.67 ┤  ╭───╯
 0.00 ┼──╯
       Messages Delivered / second
";
        assert_eq!(got, want);
    }

    #[test]
    fn servers_are_asked_by_id_or_by_name() {
        let id = "NDJWE4SOUJOJT2TY5Y2YQEOAHGAK5VIGXTGKWJSFHVCII4ITI3LBHBUV";
        assert_eq!(
            varz_request(id),
            (format!("$SYS.REQ.SERVER.{id}.VARZ"), b"{}".to_vec())
        );
        let (subject, body) = varz_request("n1");
        assert_eq!(subject, "$SYS.REQ.SERVER.PING.VARZ");
        let body: Value = serde_json::from_slice(&body).unwrap_or_default();
        assert_eq!(
            body,
            serde_json::json!({"server_name": "n1", "exact_match": true})
        );
    }

    #[test]
    fn server_view_rates_and_units() {
        let vz = serde_json::json!({
            "cores": 4, "cpu": 50.0, "mem": 3 * 1024 * 1024, "connections": 2,
            "subscriptions": 7, "in_msgs": 10, "out_msgs": 10, "in_bytes": 100, "out_bytes": 0,
        });
        let mut s = ServerSeries::new(false, &vz, 30);
        let plots = s.update(&vz, 25, 30);
        assert_eq!(plots.len(), SERVER_CHARTS);
        assert!(
            plots[0].ends_with("CPU % Used (normalized for 4 cores)"),
            "{}",
            plots[0]
        );
        // Normalised CPU: 50 % over 4 cores.
        assert_eq!(s.series[0].last(), Some(&12.5));
        // Memory in MB (natscli then labels the number as bytes).
        assert_eq!(s.series[1].last(), Some(&3.0));
        assert_eq!(s.series[2].last(), Some(&2.0));
        // No traffic since the first reading.
        assert_eq!(s.series[4].last(), Some(&0.0));
        assert_eq!(s.series[0].len(), 25);
    }
}
