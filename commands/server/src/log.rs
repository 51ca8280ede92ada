//! The server log, in nats-server's format: `[pid] 2006/01/02 15:04:05.000000 [INF] message`.
//!
//! One process-wide logger: the output (stderr or a file) sits behind a mutex, the debug/trace
//! switches are atomics so hot paths can test them with a relaxed load (once per read batch).
//! Labels match upstream `logger/log.go`: `[INF] [DBG] [TRC] [WRN] [ERR] [FTL]`. The official
//! clients' test harnesses wait for `Listening for client connections on HOST:PORT` and `Server is
//! ready`, so those lines must keep this exact shape.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// Severity of a log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Fatal,
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl Level {
    fn label(self) -> &'static str {
        match self {
            Level::Fatal => "[FTL]",
            Level::Error => "[ERR]",
            Level::Warn => "[WRN]",
            Level::Info => "[INF]",
            Level::Debug => "[DBG]",
            Level::Trace => "[TRC]",
        }
    }
}

enum Sink {
    Stderr,
    File { file: File, path: PathBuf },
}

struct State {
    sink: Sink,
    logtime: bool,
    utc: bool,
}

static STATE: Mutex<State> = Mutex::new(State {
    sink: Sink::Stderr,
    logtime: true,
    utc: false,
});
static DEBUG: AtomicBool = AtomicBool::new(false);
static TRACE: AtomicBool = AtomicBool::new(false);

/// How the log is written.
#[derive(Debug, Clone, Default)]
pub struct LogConfig {
    /// Append to this file instead of stderr.
    pub file: Option<PathBuf>,
    /// Prefix lines with a timestamp (`-T`, default true).
    pub logtime: bool,
    /// Timestamps in UTC instead of local time.
    pub utc: bool,
    /// Log `[DBG]` lines.
    pub debug: bool,
    /// Log `[TRC]` lines (protocol trace).
    pub trace: bool,
}

fn open_append(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

/// Applies `cfg`; on a file that cannot be opened, keeps the previous output and returns the error.
pub fn configure(cfg: &LogConfig) -> std::io::Result<()> {
    let sink = match &cfg.file {
        Some(path) => Sink::File {
            file: open_append(path)?,
            path: path.clone(),
        },
        None => Sink::Stderr,
    };
    let mut st = STATE.lock().unwrap_or_else(|e| e.into_inner());
    st.sink = sink;
    st.logtime = cfg.logtime;
    st.utc = cfg.utc;
    DEBUG.store(cfg.debug, Ordering::Relaxed);
    TRACE.store(cfg.trace, Ordering::Relaxed);
    Ok(())
}

/// Reopens the log file (SIGUSR1, for logrotate); a no-op on stderr.
pub fn reopen() -> std::io::Result<()> {
    let mut st = STATE.lock().unwrap_or_else(|e| e.into_inner());
    if let Sink::File { path, .. } = &st.sink {
        let path = path.clone();
        st.sink = Sink::File {
            file: open_append(&path)?,
            path,
        };
    }
    Ok(())
}

/// Whether `[DBG]` lines are written.
#[inline]
pub fn debug_enabled() -> bool {
    DEBUG.load(Ordering::Relaxed)
}

/// Whether `[TRC]` lines are written.
#[inline]
pub fn trace_enabled() -> bool {
    TRACE.load(Ordering::Relaxed)
}

/// Writes one line at `level`. Prefer the `log_*!` macros.
pub fn write(level: Level, args: fmt::Arguments<'_>) {
    if level == Level::Debug && !debug_enabled() || level == Level::Trace && !trace_enabled() {
        return;
    }
    let mut st = STATE.lock().unwrap_or_else(|e| e.into_inner());
    let mut line = String::with_capacity(128);
    use std::fmt::Write as _;
    let _ = write!(line, "[{}] ", std::process::id());
    if st.logtime {
        let stamp = if st.utc {
            chrono::Utc::now()
                .format("%Y/%m/%d %H:%M:%S%.6f")
                .to_string()
        } else {
            chrono::Local::now()
                .format("%Y/%m/%d %H:%M:%S%.6f")
                .to_string()
        };
        line.push_str(&stamp);
        line.push(' ');
    }
    line.push_str(level.label());
    line.push(' ');
    let _ = line.write_fmt(args);
    line.push('\n');
    // A failing log write has nowhere to be reported; the server keeps running.
    let _ = match &mut st.sink {
        Sink::Stderr => std::io::stderr().write_all(line.as_bytes()),
        Sink::File { file, .. } => file.write_all(line.as_bytes()),
    };
}

/// `[INF]` line (upstream `Noticef`).
#[macro_export]
macro_rules! log_info { ($($t:tt)*) => { $crate::log::write($crate::log::Level::Info, format_args!($($t)*)) } }
/// `[WRN]` line.
#[macro_export]
macro_rules! log_warn { ($($t:tt)*) => { $crate::log::write($crate::log::Level::Warn, format_args!($($t)*)) } }
/// `[ERR]` line.
#[macro_export]
macro_rules! log_error { ($($t:tt)*) => { $crate::log::write($crate::log::Level::Error, format_args!($($t)*)) } }
/// `[FTL]` line (the caller then exits non-zero).
#[macro_export]
macro_rules! log_fatal { ($($t:tt)*) => { $crate::log::write($crate::log::Level::Fatal, format_args!($($t)*)) } }
/// `[DBG]` line, only when debug is on.
#[macro_export]
macro_rules! log_debug { ($($t:tt)*) => { if $crate::log::debug_enabled() { $crate::log::write($crate::log::Level::Debug, format_args!($($t)*)) } } }
/// `[TRC]` line, only when trace is on.
#[macro_export]
macro_rules! log_trace { ($($t:tt)*) => { if $crate::log::trace_enabled() { $crate::log::write($crate::log::Level::Trace, format_args!($($t)*)) } } }
