//! natscli's "columns" report layout (its `columns` package) and value formatting (`f()`),
//! used by `stream info` and friends:
//!
//! ```text
//! Information for Stream S created 2024-01-02 10:11:12
//!
//!               Subjects: a.>
//!               Replicas: 1
//!
//! Options:
//!
//!              Retention: Limits
//! ```
//!
//! Every label of the report is right-aligned to the longest label plus two spaces; section
//! titles end with `:` and stand between blank lines.

use std::fmt::Write as _;
use std::time::Duration;

#[derive(Debug, Clone)]
enum Row {
    Pair(String, String),
    Title(String),
    Line(String),
    Indent(usize),
}

/// A columns report: a heading, then label/value rows in sections.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    heading: String,
    rows: Vec<Row>,
}

impl Columns {
    /// A report under `heading`.
    pub fn new(heading: impl Into<String>) -> Columns {
        Columns {
            heading: heading.into(),
            rows: Vec::new(),
        }
    }

    /// Adds `label: value`.
    pub fn row(&mut self, label: &str, value: impl Into<String>) {
        self.rows.push(Row::Pair(
            label.trim_end_matches(':').to_string(),
            value.into(),
        ));
    }

    /// Adds the row when `cond` holds.
    pub fn row_if(&mut self, label: &str, value: impl Into<String>, cond: bool) {
        if cond {
            self.row(label, value);
        }
    }

    /// Adds the row when `value` is not empty.
    pub fn row_if_not_empty(&mut self, label: &str, value: &str) {
        if !value.is_empty() {
            self.row(label, value);
        }
    }

    /// Starts a section.
    pub fn title(&mut self, title: impl Into<String>) {
        self.rows.push(Row::Title(title.into()));
    }

    /// Indents everything after it by `width` spaces (0 resets), as natscli's `Indent`.
    pub fn indent(&mut self, width: usize) {
        self.rows.push(Row::Indent(width));
    }

    /// Adds a free line (empty for a blank line).
    pub fn line(&mut self, text: impl Into<String>) {
        self.rows.push(Row::Line(text.into()));
    }

    /// Renders the report as natscli prints it (no colours).
    pub fn render(&self) -> String {
        let longest = self
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Pair(l, _) => Some(l.chars().count()),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        if !self.heading.is_empty() {
            let _ = writeln!(out, "{}\n", self.heading);
        }
        // 0 none yet, 1 pair, 3 line, 4 title (natscli's row kinds).
        let mut prev = 0;
        let mut prev_empty = false;
        let mut indent = String::new();
        for (i, row) in self.rows.iter().enumerate() {
            match row {
                Row::Indent(w) => indent = " ".repeat(*w),
                Row::Title(t) => {
                    if (i != 0 && prev != 4 && prev != 3) || (prev == 3 && !prev_empty) {
                        out.push('\n');
                    }
                    let colon = if t.ends_with(':') { "" } else { ":" };
                    let _ = writeln!(out, "{indent}{t}{colon}\n");
                    prev = 4;
                    prev_empty = false;
                }
                Row::Pair(label, value) => {
                    let pad = longest - label.chars().count() + 2;
                    if label.is_empty() {
                        let _ = writeln!(out, "{indent}{} {value}", " ".repeat(pad + 1));
                    } else {
                        let _ = writeln!(out, "{indent}{}{label}: {value}", " ".repeat(pad));
                    }
                    prev = 1;
                    prev_empty = false;
                }
                Row::Line(text) => {
                    if prev == 4 && text.is_empty() {
                        continue;
                    }
                    // Go's Println of (indent, values...) puts a space after the empty indent.
                    if text.is_empty() {
                        let _ = writeln!(out, "{indent}");
                    } else {
                        let _ = writeln!(out, "{indent} {text}");
                    }
                    prev = 3;
                    prev_empty = text.is_empty();
                }
            }
        }
        out
    }
}

/// A nanosecond duration as natscli prints a `time.Duration` (`2m0s`, `1.50s`).
pub fn nanos(ns: i64) -> String {
    crate::kit::duration::humanize(Duration::from_nanos(ns.max(0) as u64))
}

/// Parses a server time (RFC 3339); `None` for Go's zero time or garbage.
pub fn parse_time(text: &str) -> Option<chrono::DateTime<chrono::Local>> {
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    if t.timestamp() <= 0 {
        return None;
    }
    Some(t.with_timezone(&chrono::Local))
}

/// A server time as natscli prints `time.Time` values: local `2006-01-02 15:04:05`, or the
/// text unchanged when it does not parse.
pub fn time(text: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(text) {
        Ok(t) => t
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
        Err(_) => text.to_string(),
    }
}

/// Time since `text` (relative to `reference` when given, else now), humanized; `never` for
/// the zero time.
pub fn since(text: &str, reference: Option<&str>) -> String {
    let Some(t) = parse_time(text) else {
        return "never".to_string();
    };
    let now = reference
        .and_then(parse_time)
        .unwrap_or_else(chrono::Local::now);
    let d = (now - t).to_std().unwrap_or_default();
    crate::kit::duration::humanize(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_natscli_columns() {
        let mut c = Columns::new("Information for Stream S created 2024-01-02 10:11:12");
        c.row("Subjects", "a, b");
        c.row("Replicas", "1");
        c.title("Options");
        c.row("Retention", "Limits");
        c.row("Allows Msg Delete", "true");
        c.title("State");
        c.row("Messages", "0");
        let want = [
            "Information for Stream S created 2024-01-02 10:11:12",
            "",
            "           Subjects: a, b",
            "           Replicas: 1",
            "",
            "Options:",
            "",
            "          Retention: Limits",
            "  Allows Msg Delete: true",
            "",
            "State:",
            "",
            "           Messages: 0",
            "",
        ];
        assert_eq!(c.render(), want.join("\n"));
    }

    #[test]
    fn titles_follow_rows_after_one_blank_line() {
        let mut c = Columns::new("Heading");
        c.title("Configuration");
        c.row("Name", "x");
        c.row("Ack Policy", "Explicit");
        c.title("State");
        c.row("Unprocessed Messages", "0");
        assert_eq!(
            c.render(),
            "Heading\n\nConfiguration:\n\n                  Name: x\n            Ack Policy: Explicit\n\nState:\n\n  Unprocessed Messages: 0\n"
        );
    }

    #[test]
    fn formats_values() {
        assert_eq!(nanos(120_000_000_000), "2m0s");
        assert_eq!(since("0001-01-01T00:00:00Z", None), "never");
        assert!(parse_time("2024-01-02T03:04:05.123456789Z").is_some());
    }
}
