//! The template language of `pub`, `req` and `reply` bodies, subjects and header values.
//!
//! natscli runs these strings through Go's `text/template` with a few functions; people use
//! only the simple forms, so this is a small evaluator of exactly those: text with `{{ ... }}`
//! actions (`{{-`/`-}}` trim spaces, `{{/* ... */}}` is a comment), each action one function
//! call with integer or quoted-string arguments, or a `.Field` of the same data. Functions and
//! fields: `Count`/`Cnt` (message number), `Unix`, `UnixNano`, `TimeStamp` (RFC 3339), `Time`
//! (Go's Kitchen format, `3:04PM`), `ID` (a NUID), `Random min max` (a random alphanumeric
//! string, length between min and max) and `Request` (the request body; the function exists
//! only when there is one, as upstream). Anything else is an error worded like Go's, and the
//! caller then uses the text unchanged, as natscli does.

use chrono::{DateTime, Local, SecondsFormat};
use std::fmt;

/// What the template functions see.
#[derive(Debug, Clone)]
pub struct TemplateData<'a> {
    /// The message number (`{{Count}}`), from 1 in `pub`/`req`, from 0 in `reply`.
    pub count: u64,
    /// The request body in `reply`, empty elsewhere.
    pub request: &'a str,
    /// The time all time functions of one expansion report.
    pub now: DateTime<Local>,
}

impl<'a> TemplateData<'a> {
    /// Data for message number `count`, at the current time.
    pub fn new(count: u64, request: &'a str) -> TemplateData<'a> {
        TemplateData {
            count,
            request,
            now: Local::now(),
        }
    }
}

/// Why a template could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    line: usize,
    message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "template: body:{}: {}", self.line, self.message)
    }
}

impl std::error::Error for TemplateError {}

/// Letters `Random` draws from (natscli's `letterRunes`).
const RANDOM_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// Expands `text`; on error the caller decides (natscli logs it and sends `text` as is).
pub fn expand(text: &str, data: &TemplateData<'_>) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut consumed = 0usize;
    while let Some(open) = rest.find("{{") {
        let line = 1 + text[..consumed + open].matches('\n').count();
        let mut literal = &rest[..open];
        let mut inner = &rest[open + 2..];
        if let Some(trimmed) = inner.strip_prefix("- ") {
            literal = literal.trim_end();
            inner = trimmed;
        }
        out.push_str(literal);
        let close = inner.find("}}").ok_or_else(|| TemplateError {
            line,
            message: "unclosed action".to_string(),
        })?;
        let mut action = &inner[..close];
        let mut after = &inner[close + 2..];
        if let Some(trimmed) = action.strip_suffix(" -") {
            action = trimmed;
            after = after.trim_start();
        }
        consumed = text.len() - after.len();
        rest = after;
        let action = action.trim();
        if action.starts_with("/*") && action.ends_with("*/") {
            continue;
        }
        out.push_str(&evaluate(action, data).map_err(|message| TemplateError { line, message })?);
    }
    out.push_str(rest);
    Ok(out)
}

/// One argument of a function call.
#[derive(Debug, Clone, PartialEq)]
enum Arg {
    Int(i64),
    Str(String),
}

fn evaluate(action: &str, data: &TemplateData<'_>) -> Result<String, String> {
    if action.is_empty() {
        return Err("missing value for command".to_string());
    }
    if action.contains('|') {
        return Err(format!(
            "pipelines are not supported by rnats templates: {action:?}"
        ));
    }
    let words = split_words(action)?;
    let (head, args) = words
        .split_first()
        .ok_or_else(|| "missing value for command".to_string())?;
    let Arg::Str(head) = head else {
        return Err(format!("can't give argument to non-function {action}"));
    };
    if let Some(field) = head.strip_prefix('.') {
        if !args.is_empty() {
            return Err(format!("can't give argument to non-function .{field}"));
        }
        return field_value(field, data)
            .ok_or_else(|| format!("can't evaluate field {field} in type *util.pubData"));
    }
    let want_args = |n: usize| -> Result<(), String> {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!(
                "wrong number of args for {head}: want {n} got {}",
                args.len()
            ))
        }
    };
    match head.as_str() {
        "Random" => {
            want_args(2)?;
            let bound = |a: &Arg| match a {
                Arg::Int(v) if *v >= 0 => Ok(*v as u64),
                other => Err(format!(
                    "wrong type for value; expected uint; got {}",
                    match other {
                        Arg::Int(_) => "negative int",
                        Arg::Str(_) => "string",
                    }
                )),
            };
            Ok(random_string(bound(&args[0])?, bound(&args[1])?))
        }
        "Request" if !data.request.is_empty() => {
            want_args(0)?;
            Ok(data.request.to_string())
        }
        name => match function_value(name, data) {
            Some(v) => {
                want_args(0)?;
                Ok(v)
            }
            None => Err(format!("function {name:?} not defined")),
        },
    }
}

/// The zero-argument functions.
fn function_value(name: &str, data: &TemplateData<'_>) -> Option<String> {
    Some(match name {
        "Count" | "Cnt" => data.count.to_string(),
        "Unix" => data.now.timestamp().to_string(),
        "UnixNano" => data
            .now
            .timestamp_nanos_opt()
            .unwrap_or_default()
            .to_string(),
        "TimeStamp" => data.now.to_rfc3339_opts(SecondsFormat::Secs, true),
        "Time" => data.now.format("%-I:%M%p").to_string(),
        "ID" => rnats_proto::nuid::next(),
        _ => return None,
    })
}

/// The fields of natscli's template data (`{{.Count}}`, `{{.Request}}`, ...).
fn field_value(name: &str, data: &TemplateData<'_>) -> Option<String> {
    match name {
        "Request" => Some(data.request.to_string()),
        other => function_value(other, data),
    }
}

/// Splits an action into words: bare words and numbers, or `"quoted"` strings.
fn split_words(action: &str) -> Result<Vec<Arg>, String> {
    let mut words = Vec::new();
    let mut chars = action.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        if c == '"' {
            chars.next();
            let mut s = String::new();
            let mut closed = false;
            while let Some((_, c)) = chars.next() {
                match c {
                    '"' => {
                        closed = true;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some((_, 'n')) => s.push('\n'),
                        Some((_, 't')) => s.push('\t'),
                        Some((_, other)) => s.push(other),
                        None => break,
                    },
                    other => s.push(other),
                }
            }
            if !closed {
                return Err("unterminated quoted string".to_string());
            }
            words.push(Arg::Str(s));
            continue;
        }
        let mut end = action.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_whitespace() {
                end = i;
                break;
            }
            chars.next();
        }
        let word = &action[start..end];
        match word.parse::<i64>() {
            Ok(n) => words.push(Arg::Int(n)),
            Err(_) => words.push(Arg::Str(word.to_string())),
        }
    }
    Ok(words)
}

/// natscli's `RandomString`: length uniformly in `[shortest, longest]` (swapped if reversed).
fn random_string(shortest: u64, longest: u64) -> String {
    let (lo, hi) = if shortest > longest {
        (longest, shortest)
    } else {
        (shortest, longest)
    };
    let len = fastrand::u64(lo..=hi);
    (0..len)
        .map(|_| RANDOM_ALPHABET[fastrand::usize(..RANDOM_ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn data(count: u64, request: &str) -> TemplateData<'_> {
        TemplateData {
            count,
            request,
            now: Local
                .timestamp_opt(1_700_000_000, 5)
                .single()
                .expect("valid time"),
        }
    }

    #[test]
    fn plain_text_passes_through() {
        assert_eq!(expand("hello", &data(1, "")).as_deref(), Ok("hello"));
        assert_eq!(expand("", &data(1, "")).as_deref(), Ok(""));
        assert_eq!(
            expand("a } b { c", &data(1, "")).as_deref(),
            Ok("a } b { c")
        );
    }

    #[test]
    fn functions_and_fields() {
        let d = data(7, "");
        assert_eq!(
            expand("msg {{Count}} / {{ .Count }} / {{Cnt}}", &d).as_deref(),
            Ok("msg 7 / 7 / 7")
        );
        assert_eq!(expand("{{Unix}}", &d).as_deref(), Ok("1700000000"));
        assert_eq!(
            expand("{{UnixNano}}", &d).as_deref(),
            Ok("1700000000000000005")
        );
        let ts = expand("{{TimeStamp}}", &d).expect("expands");
        assert!(
            chrono::DateTime::parse_from_rfc3339(&ts).is_ok(),
            "not RFC 3339: {ts}"
        );
        let kitchen = expand("{{Time}}", &d).expect("expands");
        assert!(
            kitchen.ends_with("AM") || kitchen.ends_with("PM"),
            "{kitchen}"
        );
        let id = expand("{{ID}}", &d).expect("expands");
        assert_eq!(id.len(), 22);
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric()), "{id}");
    }

    #[test]
    fn random_lengths_are_bounded() {
        for _ in 0..50 {
            let s = expand("{{ Random 3 6 }}", &data(1, "")).expect("expands");
            assert!((3..=6).contains(&s.len()), "{s}");
            assert!(s.bytes().all(|b| RANDOM_ALPHABET.contains(&b)));
        }
        assert_eq!(
            expand("{{Random 4 4}}", &data(1, "")).map(|s| s.len()),
            Ok(4)
        );
        assert_eq!(
            expand("{{Random 5 2}}", &data(1, "")).map(|s| (2..=5).contains(&s.len())),
            Ok(true)
        );
    }

    #[test]
    fn request_function_only_with_a_request() {
        assert_eq!(
            expand("got {{Request}}", &data(0, "ping")).as_deref(),
            Ok("got ping")
        );
        assert_eq!(expand("{{.Request}}!", &data(0, "")).as_deref(), Ok("!"));
        assert_eq!(
            expand("{{Request}}", &data(0, "")).map_err(|e| e.to_string()),
            Err("template: body:1: function \"Request\" not defined".to_string())
        );
    }

    #[test]
    fn trim_markers_and_comments() {
        assert_eq!(
            expand("a  {{- Count -}}  b{{/* note */}}", &data(3, "")).as_deref(),
            Ok("a3b")
        );
    }

    #[test]
    fn errors_are_worded_like_go() {
        for (text, want) in [
            (
                "{{Nope}}",
                "template: body:1: function \"Nope\" not defined",
            ),
            ("x\n{{Count", "template: body:2: unclosed action"),
            (
                "{{Random 1}}",
                "template: body:1: wrong number of args for Random: want 2 got 1",
            ),
            (
                "{{.Nope}}",
                "template: body:1: can't evaluate field Nope in type *util.pubData",
            ),
        ] {
            assert_eq!(
                expand(text, &data(1, "")).map_err(|e| e.to_string()),
                Err(want.to_string()),
                "{text}"
            );
        }
    }
}
