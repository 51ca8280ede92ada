//! `rnats top` / `nats-top`: a top-like terminal view of a NATS server, reading the HTTP
//! monitoring endpoints of rnats or any nats-server.
//!
//! Flow: [`flags`] parses nats-top's Go-style flags; [`fetch`] polls `/varz`, `/connz` (and
//! `/jsz` for the JetStream tab) and computes rates; [`app`] holds the state and turns keys into
//! changes; [`ui`] draws it with ratatui; [`text`] formats numbers, rows and the `-o` snapshot
//! as nats-top does. [`run`] wires them: one collector task, one input thread, one event
//! channel, and a terminal guard (plus a panic hook) that always restores the terminal. The
//! server is reached only over its monitoring port, never through the server crate.

pub mod app;
pub mod fetch;
pub mod flags;
pub mod source;
pub mod text;
pub mod ui;

use std::ffi::OsString;
use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use crossterm::event::{Event as TermEvent, KeyEventKind};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use tokio::sync::{mpsc, watch};

use crate::app::{Action, App};
use crate::fetch::{Collector, Endpoint, Stats};
use crate::flags::{Flags, USAGE};
use crate::source::{Source, SystemSource};
use crate::text::Display;

/// The nats-top release whose flags, screen and keys this follows.
const UPSTREAM_VERSION: &str = "0.6.4";

/// Bound of the event channel: keys and polls queue here while a frame is drawn; a full
/// channel makes the input thread and the collector wait (back-pressure, nothing dropped).
const EVENT_QUEUE: usize = 64;

/// The clap definition (help, man page, completions); parsing uses [`flags`].
pub fn command() -> clap::Command {
    flags::command()
}

/// Entry point: program name first, then nats-top's flags.
pub fn run(args: Vec<OsString>) -> ExitCode {
    let flags = match Flags::parse(args.get(1..).unwrap_or_default()) {
        Ok(f) => f,
        Err(e) => return usage_error(&e.to_string()),
    };
    if flags.help {
        print!("{}", flags::help_text());
        return ExitCode::SUCCESS;
    }
    if flags.version {
        println!(
            "nats-top v{UPSTREAM_VERSION} (rnats {})",
            env!("CARGO_PKG_VERSION")
        );
        return ExitCode::SUCCESS;
    }
    match execute(flags) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "nats-top: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// nats-top's answer to bad input: the reason, then the usage, exit 1.
fn usage_error(msg: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "nats-top: {msg}\n\n{USAGE}\n");
    ExitCode::FAILURE
}

/// Validated settings.
/// Where to read from, before connecting.
enum SourceSpec {
    /// The HTTP(S) monitoring port.
    Http(Endpoint),
    /// The system account, with these connection options.
    System(Box<rnats_proto::client::ConnectOptions>),
}

struct Settings {
    source: SourceSpec,
    app: App,
    delay: Duration,
    max_refreshes: u64,
    output: Option<String>,
    delimiter: String,
}

fn validate(flags: Flags) -> Result<Settings, String> {
    if flags.skip_verify {
        return Err(
            "skipping certificate verification (-k) is not supported by rnats top; give the \
             server's CA with -cacert"
                .into(),
        );
    }
    let tls_files = !flags.cert.is_empty() || !flags.key.is_empty() || !flags.cacert.is_empty();
    if flags.https_port == 0 && tls_files {
        return Err("-cert, -key and -cacert apply to the HTTPS monitoring port: add -ms".into());
    }
    if flags.host.is_empty() {
        return Err("invalid monitoring endpoint".into());
    }
    let system_url = ["nats://", "tls://", "ws://", "wss://"]
        .iter()
        .any(|p| flags.host.starts_with(p));
    let system = if !flags.context.is_empty() {
        if system_url || flags.https_port != 0 {
            return Err("-context replaces -s URL and -ms: give only one source".into());
        }
        Some(source::context_options(&flags.context).map_err(|e| format!("{e:#}"))?)
    } else if system_url {
        if flags.https_port != 0 || tls_files {
            return Err("-ms, -cert, -key and -cacert apply to the HTTP monitoring port, not to a nats:// URL".into());
        }
        let mut opts = rnats_proto::client::ConnectOptions::new();
        opts.servers = vec![flags.host.clone()];
        opts.name = Some("rnats-top".into());
        Some(opts)
    } else {
        None
    };
    // The secure port when set (as nats-top), else the HTTP one.
    let raw_port = if flags.https_port != 0 {
        flags.https_port
    } else {
        flags.port
    };
    let port = u16::try_from(raw_port)
        .ok()
        .filter(|p| *p != 0)
        .ok_or("invalid monitoring port")?;
    let tls = if flags.https_port != 0 {
        let file = |s: &str| (!s.is_empty()).then(|| std::path::PathBuf::from(s));
        let mut opts = rnats_proto::client::ConnectOptions::new();
        opts.tls_ca = file(&flags.cacert);
        opts.tls_cert = file(&flags.cert);
        opts.tls_key = file(&flags.key);
        Some(rnats_proto::client::tls_config(&opts).map_err(|e| e.to_string())?)
    } else {
        None
    };
    if flags.conns <= 0 {
        return Err(format!("invalid number of connections: {}", flags.conns));
    }
    if flags.delay <= 0 {
        return Err(format!("invalid refresh interval: {}", flags.delay));
    }
    let (sort, direction) = app::parse_sort(&flags.sort)
        .ok_or_else(|| format!("invalid option to sort by: {}", flags.sort))?;
    let display = Display {
        raw: flags.raw,
        rates: false,
        subs: flags.display_subs,
        lookup: flags.lookup,
    };
    Ok(Settings {
        source: match system {
            Some(opts) => SourceSpec::System(Box::new(opts)),
            None => SourceSpec::Http(Endpoint {
                host: flags.host,
                port,
                tls,
            }),
        },
        app: App::new(sort, direction, flags.conns, display),
        delay: Duration::from_secs(flags.delay as u64),
        max_refreshes: u64::try_from(flags.max_refreshes).unwrap_or(0),
        output: flags.output,
        delimiter: flags.delimiter,
    })
}

fn execute(flags: Flags) -> anyhow::Result<ExitCode> {
    let settings = match validate(flags) {
        Ok(s) => s,
        Err(msg) => return Ok(usage_error(&msg)),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("start runtime")?;
    rt.block_on(async move {
        let source = match settings.source {
            SourceSpec::Http(endpoint) => {
                // nats-top's smoke test: refuse to start against nothing.
                if let Err(e) = endpoint.get("/varz").await {
                    return Ok(usage_error(&format!("/varz smoke test failed: {e:#}")));
                }
                Source::Http(endpoint)
            }
            SourceSpec::System(opts) => match SystemSource::connect(*opts).await {
                Ok(s) => Source::System(s),
                Err(e) => return Ok(usage_error(&format!("system account source: {e:#}"))),
            },
        };
        let mut collector = Collector::new(source);
        if let Some(out) = &settings.output {
            let mut app = settings.app;
            let stats = collector.poll(&app.query()).await;
            app.on_stats(stats);
            write_snapshot(&app, out, &settings.delimiter)?;
            return Ok(ExitCode::SUCCESS);
        }
        if !std::io::stdout().is_terminal() {
            anyhow::bail!("standard output is not a terminal (use -o - for a snapshot)");
        }
        tui(
            collector,
            settings.app,
            settings.delay,
            settings.max_refreshes,
        )
        .await?;
        Ok(ExitCode::SUCCESS)
    })
}

/// `-o FILE`: the first poll as text, to the file or (`-`) stdout.
fn write_snapshot(app: &App, out: &str, delimiter: &str) -> anyhow::Result<()> {
    let rows = app.rows();
    let text = if delimiter.is_empty() {
        text::plain_snapshot(&app.stats, &rows, app.display)
    } else {
        text::delimited_snapshot(&app.stats, &rows, app.display, delimiter)
    };
    if out == "-" {
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            r => r.context("write snapshot"),
        }
    } else {
        std::fs::write(out, text)
            .with_context(|| format!("failed to write stats-snapshot to output file '{out}'"))
    }
}

/// One event for the loop.
enum Event {
    Key(crossterm::event::KeyEvent),
    Resize,
    Stats(Box<Stats>),
}

/// Raw mode and the alternate screen for as long as it lives; dropping it (or a panic, through
/// the hook) gives the terminal back as it was.
struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<std::io::Stdout>>,
}

fn restore_terminal() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

impl TerminalGuard {
    fn enter() -> anyhow::Result<Self> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
        crossterm::terminal::enable_raw_mode().context("enable raw mode")?;
        let guard = |e: std::io::Error| {
            restore_terminal();
            anyhow::Error::new(e)
        };
        crossterm::execute!(
            std::io::stdout(),
            crossterm::terminal::EnterAlternateScreen,
            crossterm::cursor::Hide
        )
        .map_err(guard)?;
        let terminal = Terminal::new(CrosstermBackend::new(std::io::stdout())).map_err(guard)?;
        Ok(Self { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

async fn tui(
    mut collector: Collector,
    mut app: App,
    delay: Duration,
    max_refreshes: u64,
) -> anyhow::Result<()> {
    let mut guard = TerminalGuard::enter()?;
    let (tx, mut rx) = mpsc::channel::<Event>(EVENT_QUEUE);

    // Input: crossterm's blocking reader on its own thread. It ends when the channel closes
    // (after the next key) or with the process.
    let keys = tx.clone();
    std::thread::spawn(move || loop {
        let ev = match crossterm::event::read() {
            Ok(TermEvent::Key(k)) if k.kind != KeyEventKind::Release => Event::Key(k),
            Ok(TermEvent::Resize(..)) => Event::Resize,
            Ok(_) => continue,
            Err(_) => break,
        };
        if keys.blocking_send(ev).is_err() {
            break;
        }
    });

    // Collector: polls every `delay`, at once when the query changes.
    let (query_tx, mut query_rx) = watch::channel(app.query());
    let polls = tx;
    tokio::spawn(async move {
        loop {
            let q = query_rx.borrow_and_update().clone();
            let stats = collector.poll(&q).await;
            if polls.send(Event::Stats(Box::new(stats))).await.is_err() {
                break;
            }
            tokio::select! {
                () = tokio::time::sleep(delay) => {}
                changed = query_rx.changed() => if changed.is_err() { break },
            }
        }
    });

    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
    let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
    guard.terminal.draw(|f| ui::draw(f, &app))?;
    loop {
        tokio::select! {
            ev = rx.recv() => match ev {
                Some(Event::Key(k)) => match app.on_key(k) {
                    Action::Quit => break,
                    Action::Refetch => {
                        let _ = query_tx.send(app.query());
                    }
                    Action::None => {}
                },
                Some(Event::Resize) => {
                    guard.terminal.autoresize()?;
                }
                Some(Event::Stats(s)) => {
                    app.on_stats(*s);
                    if max_refreshes > 0 && app.refreshes >= max_refreshes {
                        guard.terminal.draw(|f| ui::draw(f, &app))?;
                        break;
                    }
                }
                None => break,
            },
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = hup.recv() => break,
        }
        guard.terminal.draw(|f| ui::draw(f, &app))?;
    }
    drop(guard);
    Ok(())
}

#[cfg(test)]
mod tests;
