//! Message bodies of `pub`, `req` and `service`: the body argument (a template, unless
//! `--no-templates`) or stdin read per `--send-on`, bytes kept exactly as read.

use std::io::{BufRead as _, Read as _};

use bytes::Bytes;
use clap::{Args, ValueEnum};

use crate::kit::output::log;
use crate::kit::template::{self, TemplateData};

/// When `pub`/`req` send what they read from stdin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SendOn {
    /// One message with everything up to end of input.
    #[default]
    Eof,
    /// One message per line.
    Newline,
}

/// natscli's negatable `--templates` (default on) / `--no-templates`.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct TemplatesFlag {
    /// Enables template functions in the body and subject (does not affect headers)
    #[arg(long = "templates", overrides_with = "no_templates", hide = true)]
    templates: bool,
    /// Disables template functions in the body and subject
    #[arg(long = "no-templates", overrides_with = "templates")]
    no_templates: bool,
}

impl TemplatesFlag {
    /// Whether templates are expanded.
    pub fn enabled(&self) -> bool {
        !self.no_templates
    }
}

/// Expands `text` for message `count`; natscli logs a template error and uses the text as is.
pub fn expand_or_log(text: &str, what: &str, data: &TemplateData<'_>, enabled: bool) -> String {
    if !enabled {
        return text.to_string();
    }
    match template::expand(text, data) {
        Ok(s) => s,
        Err(e) => {
            log(&format!("Could not parse {what} template: {e}"));
            text.to_string()
        }
    }
}

/// A message body: the command-line argument (a template, as natscli expands it) or what
/// was read from stdin (bytes, sent exactly as read: natscli expands templates in the
/// argument only).
#[derive(Debug, Clone)]
pub enum Body {
    /// The body argument.
    Template(String),
    /// Bytes from stdin.
    Bytes(Bytes),
}

impl Body {
    /// The payload of message number `data.count`.
    pub fn payload(&self, data: &TemplateData<'_>, templates: bool) -> Bytes {
        match self {
            Body::Template(t) => Bytes::from(expand_or_log(t, "body", data, templates)),
            Body::Bytes(b) => b.clone(),
        }
    }
}

/// The next body from stdin for `pub`/`req` (off the async runtime): `None` when there is
/// nothing more to send (end of input in `--send-on newline` mode), else the bytes and whether
/// input is exhausted.
pub async fn next_stdin_body(send_on: SendOn) -> anyhow::Result<Option<(Body, bool)>> {
    let (data, eof) = tokio::task::spawn_blocking(move || read_stdin(send_on)).await??;
    if data.is_empty() && eof && send_on == SendOn::Newline {
        return Ok(None);
    }
    Ok(Some((Body::Bytes(Bytes::from(data)), eof)))
}

/// Reads stdin per `--send-on`: the whole input, or the next line (without its line end).
/// Returns the bytes and whether input is exhausted.
fn read_stdin(send_on: SendOn) -> anyhow::Result<(Vec<u8>, bool)> {
    let stdin = std::io::stdin();
    match send_on {
        SendOn::Eof => {
            let mut buf = Vec::new();
            stdin.lock().read_to_end(&mut buf)?;
            Ok((buf, true))
        }
        SendOn::Newline => {
            let mut buf = Vec::new();
            let n = stdin.lock().read_until(b'\n', &mut buf)?;
            if n == 0 {
                return Ok((Vec::new(), true));
            }
            let eof = !buf.ends_with(b"\n");
            if buf.ends_with(b"\n") {
                buf.pop();
                if buf.ends_with(b"\r") {
                    buf.pop();
                }
            }
            Ok((buf, eof))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_can_be_disabled() {
        let d = TemplateData::new(2, "");
        assert_eq!(expand_or_log("m{{Count}}", "body", &d, true), "m2");
        assert_eq!(expand_or_log("m{{Count}}", "body", &d, false), "m{{Count}}");
        assert_eq!(expand_or_log("m{{Nope}}", "body", &d, true), "m{{Nope}}");
    }
}
