//! How natscli's messaging commands print: log lines, message blocks and dump files.
//!
//! natscli writes progress through Go's `log` package with only the time flag set, so every
//! such line goes to stderr as `HH:MM:SS text` ([`log`]); message bodies and blocks go to
//! stdout. Stdout is written through `io::Write` and errors are returned, never panicked on: a
//! closed pipe (`nats sub x | head`) comes back as `BrokenPipe` and the command ends quietly
//! (see `lib.rs`).

use rnats_proto::kit::format::go_quote;
use rnats_proto::HeaderMap;
use std::io::{self, Write};

/// One of natscli's `log.Printf` lines: `HH:MM:SS text` on stderr (a failed stderr write is
/// ignored, as Go's logger does).
pub fn log(text: &str) {
    let stamp = chrono::Local::now().format("%H:%M:%S");
    let mut err = io::stderr().lock();
    let _ = if text.ends_with('\n') {
        write!(err, "{stamp} {text}")
    } else {
        writeln!(err, "{stamp} {text}")
    };
}

/// The parts of a received message the printers need (decoupled from the client's type so
/// the formats are unit-tested on their own).
#[derive(Debug, Clone, Copy)]
pub struct MsgView<'a> {
    /// The subject it arrived on.
    pub subject: &'a str,
    /// Its reply subject, if any.
    pub reply: Option<&'a str>,
    /// Its headers, if it had a header block.
    pub headers: Option<&'a HeaderMap>,
    /// The body.
    pub payload: &'a [u8],
}

/// Header entries as nats.go presents them: an inline status becomes `Status` (and
/// `Description`) entries, then the block's entries in wire order.
pub fn header_entries(headers: Option<&HeaderMap>) -> Vec<(String, String)> {
    let Some(h) = headers else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(status) = h.status() {
        out.push(("Status".to_string(), format!("{status:03}")));
        if let Some(d) = h.description().filter(|d| !d.is_empty()) {
            out.push(("Description".to_string(), d.to_string()));
        }
    }
    out.extend(h.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    out
}

/// natscli's `outPutMSGBodyCompact`: the body and a newline (none added when it ends in one),
/// or `nil body` when empty. Returns whether the printed body ended in a newline.
pub fn body_compact(out: &mut impl Write, payload: &[u8]) -> io::Result<bool> {
    if payload.is_empty() {
        writeln!(out, "nil body")?;
        return Ok(false);
    }
    out.write_all(payload)?;
    if payload.ends_with(b"\n") {
        return Ok(true);
    }
    writeln!(out)?;
    Ok(false)
}

/// natscli's `outPutMSGBody`: the compact body, then a blank line, then one more unless the
/// body ended in a newline.
pub fn body_block(out: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let ended_in_newline = body_compact(out, payload)?;
    writeln!(out)?;
    if !ended_in_newline {
        writeln!(out)?;
    }
    Ok(())
}

/// natscli's `printHeadersAndBody`: `K: V` lines and a blank line when there are headers, then
/// the body block unless `headers_only`.
pub fn headers_and_body(
    out: &mut impl Write,
    msg: &MsgView<'_>,
    headers_only: bool,
) -> io::Result<()> {
    let entries = header_entries(msg.headers);
    if !entries.is_empty() {
        for (k, v) in &entries {
            writeln!(out, "{k}: {v}")?;
        }
        writeln!(out)?;
    }
    if !headers_only {
        body_block(out, msg.payload)?;
    }
    Ok(())
}

/// How `sub` prints each message.
#[derive(Debug, Clone, Default)]
pub struct SubFormat {
    /// `--raw`: bodies only.
    pub raw: bool,
    /// `--headers-only`.
    pub headers_only: bool,
    /// `--subjects-only`.
    pub subjects_only: bool,
    /// `-t`/`--timestamp` or `-d`/`--delta-time` text (` @ ...`), already formatted.
    pub stamp: String,
}

/// `sub`'s block for message number `n`: `[#n] Received on "S"` (with ` with reply "R"`),
/// then headers and body; with a matched reply (`--match-replies`) the reply follows as
/// `[#n] Matched reply on "S"`.
pub fn sub_message(
    out: &mut impl Write,
    n: u64,
    fmt: &SubFormat,
    msg: &MsgView<'_>,
    reply: Option<&MsgView<'_>>,
) -> io::Result<()> {
    if fmt.raw {
        body_compact(out, msg.payload)?;
        if let Some(r) = reply {
            out.write_all(r.payload)?;
            writeln!(out)?;
        }
        return Ok(());
    }
    write!(
        out,
        "[#{n}]{} Received on {}",
        fmt.stamp,
        go_quote(msg.subject)
    )?;
    if let Some(r) = msg.reply.filter(|r| !r.is_empty()) {
        write!(out, " with reply {}", go_quote(r))?;
    }
    writeln!(out)?;
    if !fmt.subjects_only {
        headers_and_body(out, msg, fmt.headers_only)?;
    }
    if let Some(r) = reply {
        writeln!(
            out,
            "[#{n}]{} Matched reply on {}",
            fmt.stamp,
            go_quote(r.subject)
        )?;
        headers_and_body(out, r, fmt.headers_only)?;
    }
    Ok(())
}

/// The JSON natscli's `--dump` writes for a message: Go's `json.Marshal` of a `nats.Msg`
/// (`Subject`, `Reply`, `Header` as a map of value lists with sorted keys or `null`, `Data`
/// base64, `Sub` always `null`).
pub fn dump_json(msg: &MsgView<'_>) -> String {
    let header = match msg.headers {
        None => serde_json::Value::Null,
        Some(_) => {
            let mut map: std::collections::BTreeMap<String, Vec<String>> = Default::default();
            for (k, v) in header_entries(msg.headers) {
                map.entry(k).or_default().push(v);
            }
            serde_json::json!(map)
        }
    };
    let value = serde_json::json!({
        "Subject": msg.subject,
        "Reply": msg.reply.unwrap_or_default(),
        "Header": header,
        "Data": data_encoding::BASE64.encode(msg.payload),
        "Sub": serde_json::Value::Null,
    });
    // serde_json's map keeps insertion order only with `preserve_order`; build the text by
    // hand so the key order is nats.Msg's field order.
    let field = |k: &str| go_json(&value[k]);
    format!(
        "{{\"Subject\":{},\"Reply\":{},\"Header\":{},\"Data\":{},\"Sub\":null}}",
        field("Subject"),
        field("Reply"),
        field("Header"),
        field("Data")
    )
}

/// Go's JSON encoder escapes `<`, `>`, `&`, U+2028 and U+2029 inside strings; serde_json does
/// not. Outside strings these characters never occur in JSON, so a plain replace is exact.
pub fn go_escape(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Compact JSON with Go's HTML escaping.
pub fn go_json(v: &serde_json::Value) -> String {
    go_escape(&serde_json::to_string(v).unwrap_or_default())
}

/// Go's `json.MarshalIndent(v, "", "  ")`: two-space indentation and Go's escaping.
pub fn go_pretty_json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    go_escape(&serde_json::to_string_pretty(v).unwrap_or_default())
}

/// natscli's `printJSON`: [`go_pretty_json`] and a newline on stdout.
pub fn print_json<T: serde::Serialize + ?Sized>(v: &T) -> anyhow::Result<()> {
    writeln!(io::stdout().lock(), "{}", go_pretty_json(v))?;
    Ok(())
}

/// go-pretty's `StyleRounded` (natscli's default table style) as a comfy-table preset.
const ROUNDED: &str = "││──├─┼┤│    ┬┴╭╮╰╯";
/// go-pretty's `StyleDouble` (`--colors double`).
const DOUBLE: &str = "║║══╠═╬╣║    ╦╩╔╗╚╝";

/// A natscli table: a centred title box over a header row and the rows, in the rounded
/// style, or the double-line style for the `double` scheme. The coloured schemes draw
/// rounded borders without colour (natscli colours only on a terminal).
pub fn table(title: &str, headers: &[&str], rows: &[Vec<String>], scheme: &str) -> String {
    let preset = if scheme == "double" { DOUBLE } else { ROUNDED };
    let mut t = comfy_table::Table::new();
    t.load_preset(preset)
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .set_header(headers.iter().copied());
    for row in rows {
        t.add_row(row.iter().map(String::as_str));
    }
    let body = t.to_string();
    let mut lines: Vec<String> = body.lines().map(|l| l.trim_end().to_string()).collect();
    if title.is_empty() || lines.is_empty() {
        return lines.join("\n");
    }
    let chars: Vec<char> = preset.chars().collect();
    // Indices into the preset (comfy-table's TableComponent order).
    let (left, right, top) = (chars[0], chars[1], chars[2]);
    let (left_join, right_join) = (chars[11], chars[12]);
    let (top_left, top_right) = (chars[15], chars[16]);
    let _ = (left_join, right_join);
    let width = lines[0].chars().count();
    let inner = width.saturating_sub(2);
    let title_len = title.chars().count();
    let space = inner.saturating_sub(title_len);
    let (pad_l, pad_r) = (space / 2, space - space / 2);
    // The old top border becomes the separator under the title.
    let sep_left = chars[4];
    let sep_right = chars[7];
    let old_top: String = lines[0]
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                sep_left
            } else if i + 1 == width {
                sep_right
            } else {
                c
            }
        })
        .collect();
    lines[0] = old_top;
    let mut out = Vec::with_capacity(lines.len() + 2);
    out.push(format!(
        "{top_left}{}{top_right}",
        top.to_string().repeat(inner)
    ));
    out.push(format!(
        "{left}{}{title}{}{right}",
        " ".repeat(pad_l),
        " ".repeat(pad_r)
    ));
    out.extend(lines);
    out.join("\n")
}

/// natscli's `--translate CMD`: `{{Subject}}` (and `{{Stream}}`, empty for core NATS) in the
/// command are replaced, the command is split into words and run with the body on stdin; its
/// combined stdout and stderr replace the body.
pub fn translate(data: &[u8], command: &str, subject: &str) -> Result<Vec<u8>, String> {
    let mut line = String::with_capacity(command.len());
    let mut rest = command;
    while let Some(open) = rest.find("{{") {
        line.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("}}")
            .ok_or_else(|| "template: translate:1: unclosed action".to_string())?;
        match after[..close].trim() {
            "Subject" => line.push_str(subject),
            "Stream" => {}
            other => {
                return Err(format!(
                    "template: translate:1: function {other:?} not defined"
                ))
            }
        }
        rest = &after[close + 2..];
    }
    line.push_str(rest);
    let words = split_command(&line)
        .ok_or_else(|| "the filter command line could not be parsed".to_string())?;
    let (program, args) = words
        .split_first()
        .ok_or_else(|| "the filter command line is empty".to_string())?;
    match run_with_stdin(program, args, data, &[]) {
        (out, None) => Ok(out),
        (_, Some(e)) => Err(e),
    }
}

/// The body to display: `data` itself without a `--translate` command, else
/// [`translate_or_report`]'s result (`None` once the failure was reported to `out`).
pub fn translated<'a>(
    out: &mut impl Write,
    data: &'a [u8],
    command: Option<&str>,
    subject: &str,
) -> io::Result<Option<std::borrow::Cow<'a, [u8]>>> {
    match command {
        None => Ok(Some(std::borrow::Cow::Borrowed(data))),
        Some(cmd) => Ok(translate_or_report(out, data, cmd, subject)?.map(std::borrow::Cow::Owned)),
    }
}

/// [`translate`] for display: the translated body, or `None` after writing natscli's report
/// of the failure to `out` (the body as Go's `%q`, `Error while translating msg body: ...`
/// and a blank line).
pub fn translate_or_report(
    out: &mut impl Write,
    data: &[u8],
    command: &str,
    subject: &str,
) -> io::Result<Option<Vec<u8>>> {
    match translate(data, command, subject) {
        Ok(d) => Ok(Some(d)),
        Err(e) => {
            write!(
                out,
                "{}\nError while translating msg body: {e}\n\n",
                go_quote(&String::from_utf8_lossy(data))
            )?;
            Ok(None)
        }
    }
}

/// Runs `program args` with `input` on stdin and extra environment variables; returns stdout
/// followed by stderr (Go's `CombinedOutput`) and, when the command could not start or exited
/// non-zero, why.
pub fn run_with_stdin(
    program: &str,
    args: &[String],
    input: &[u8],
    env: &[(&str, &str)],
) -> (Vec<u8>, Option<String>) {
    use std::process::{Command, Stdio};
    let spawned = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => return (Vec::new(), Some(format!("exec: {program:?}: {e}"))),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    match child.wait_with_output() {
        Err(e) => (Vec::new(), Some(e.to_string())),
        Ok(out) => {
            let mut combined = out.stdout;
            combined.extend_from_slice(&out.stderr);
            let err = match (out.status.success(), out.status.code()) {
                (true, _) => None,
                (false, Some(code)) => Some(format!("exit status {code}")),
                (false, None) => Some("signal: killed".to_string()),
            };
            (combined, err)
        }
    }
}

/// Whether an error chain ends in a closed pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Turns the last row of a rendered table into a footer: go-pretty draws it under a
/// separator like the header's.
pub fn with_footer(table: &str) -> String {
    let lines: Vec<&str> = table.lines().collect();
    let Some(sep) = lines.iter().find(|l| l.contains('┼') || l.contains('╬')) else {
        return table.to_string();
    };
    if lines.len() < 2 {
        return table.to_string();
    }
    let at = lines.len() - 2;
    let mut out: Vec<&str> = lines[..at].to_vec();
    out.push(sep);
    out.extend_from_slice(&lines[at..]);
    out.join("\n")
}

/// `-old` / `+new` lines for every top-level config field that changed.
pub fn config_diff<T: serde::Serialize>(old: &T, new: &T) -> anyhow::Result<Vec<String>> {
    let (o, n) = (serde_json::to_value(old)?, serde_json::to_value(new)?);
    let empty = serde_json::Map::new();
    let (o, n) = (
        o.as_object().unwrap_or(&empty),
        n.as_object().unwrap_or(&empty),
    );
    let keys: std::collections::BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    let mut out = Vec::new();
    for k in keys {
        let (a, b) = (o.get(k), n.get(k));
        if a != b {
            if let Some(a) = a {
                out.push(format!("-  {k}: {a}"));
            }
            if let Some(b) = b {
                out.push(format!("+  {k}: {b}"));
            }
        }
    }
    Ok(out)
}

/// Splits a command line into words the way a POSIX shell would for simple cases: spaces
/// separate, single quotes are literal, double quotes allow `\"` and `\\`, a backslash
/// escapes the next character. `None` for an unterminated quote.
pub fn split_command(s: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => word.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('"' | '\\' | '$' | '`') => word.push(c),
                            '\n' => {}
                            c => {
                                word.push('\\');
                                word.push(c);
                            }
                        },
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') | None => {}
                    Some(c) => word.push(c),
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        f(&mut buf).expect("write to Vec");
        String::from_utf8(buf).expect("utf-8")
    }

    fn view<'a>(
        subject: &'a str,
        reply: Option<&'a str>,
        headers: Option<&'a HeaderMap>,
        payload: &'a [u8],
    ) -> MsgView<'a> {
        MsgView {
            subject,
            reply,
            headers,
            payload,
        }
    }

    #[test]
    fn body_blocks_match_natscli() {
        assert_eq!(text(|o| body_block(o, b"hello")), "hello\n\n\n");
        assert_eq!(text(|o| body_block(o, b"hello\n")), "hello\n\n");
        assert_eq!(text(|o| body_block(o, b"")), "nil body\n\n\n");
    }

    #[test]
    fn sub_blocks() {
        let f = SubFormat::default();
        assert_eq!(
            text(|o| sub_message(o, 1, &f, &view("foo", None, None, b"hi"), None)),
            "[#1] Received on \"foo\"\nhi\n\n\n"
        );
        let mut h = HeaderMap::new();
        h.append("A", "1").expect("valid");
        h.append("A", "2").expect("valid");
        assert_eq!(
            text(|o| sub_message(
                o,
                2,
                &f,
                &view("foo", Some("_INBOX.x"), Some(&h), b"hi"),
                None
            )),
            "[#2] Received on \"foo\" with reply \"_INBOX.x\"\nA: 1\nA: 2\n\nhi\n\n\n"
        );
        let ho = SubFormat {
            headers_only: true,
            ..SubFormat::default()
        };
        assert_eq!(
            text(|o| sub_message(o, 3, &ho, &view("foo", None, Some(&h), b"hi"), None)),
            "[#3] Received on \"foo\"\nA: 1\nA: 2\n\n"
        );
        let raw = SubFormat {
            raw: true,
            ..SubFormat::default()
        };
        assert_eq!(
            text(|o| sub_message(o, 4, &raw, &view("foo", None, Some(&h), b"hi"), None)),
            "hi\n"
        );
        let stamped = SubFormat {
            stamp: " @ Jan  2 15:04:05.000000".into(),
            ..SubFormat::default()
        };
        assert_eq!(
            text(|o| sub_message(o, 5, &stamped, &view("a.b", None, None, b""), None)),
            "[#5] @ Jan  2 15:04:05.000000 Received on \"a.b\"\nnil body\n\n\n"
        );
        let req = view("svc", Some("_INBOX.r"), None, b"q");
        let rep = view("_INBOX.r", None, None, b"a");
        assert_eq!(
            text(|o| sub_message(o, 6, &f, &req, Some(&rep))),
            "[#6] Received on \"svc\" with reply \"_INBOX.r\"\nq\n\n\n\
             [#6] Matched reply on \"_INBOX.r\"\na\n\n\n"
        );
    }

    #[test]
    fn status_headers_like_nats_go() {
        let h = HeaderMap::with_status(503, None).expect("valid");
        assert_eq!(
            header_entries(Some(&h)),
            [("Status".to_string(), "503".to_string())]
        );
        let h = HeaderMap::with_status(408, Some("Request Timeout")).expect("valid");
        assert_eq!(header_entries(Some(&h)).len(), 2);
    }

    #[test]
    fn pretty_json_escapes_like_go_marshal_indent() {
        let v = serde_json::json!({"d": "x <y> & z\u{2028}", "subjects": ["a.>"]});
        assert_eq!(
            go_pretty_json(&v),
            "{\n  \"d\": \"x \\u003cy\\u003e \\u0026 z\\u2028\",\n  \"subjects\": [\n    \"a.\\u003e\"\n  ]\n}"
        );
    }

    #[test]
    fn translate_failure_is_reported_with_the_quoted_body() {
        let mut out = Vec::new();
        let got = translate_or_report(&mut out, b"hi\n", "{{Nope}}", "s").expect("write");
        assert!(got.is_none());
        assert_eq!(
            String::from_utf8_lossy(&out),
            "\"hi\\n\"\nError while translating msg body: template: translate:1: function \"Nope\" not defined\n\n"
        );
    }

    #[test]
    fn dump_json_is_a_go_nats_msg() {
        assert_eq!(
            dump_json(&view("foo", None, None, b"hi")),
            r#"{"Subject":"foo","Reply":"","Header":null,"Data":"aGk=","Sub":null}"#
        );
        let mut h = HeaderMap::new();
        h.append("b", "2").expect("valid");
        h.append("A", "<1>").expect("valid");
        assert_eq!(
            dump_json(&view("foo", Some("r"), Some(&h), b"")),
            r#"{"Subject":"foo","Reply":"r","Header":{"A":["\u003c1\u003e"],"b":["2"]},"Data":"","Sub":null}"#
        );
    }

    #[test]
    fn tables_look_like_go_pretty() {
        let rows = vec![
            vec!["local*".to_string(), "Local server".to_string()],
            vec!["ngs".to_string(), String::new()],
        ];
        assert_eq!(
            table("Known Contexts", &["Name", "Description"], &rows, ""),
            "╭───────────────────────╮\n\
             │    Known Contexts     │\n\
             ├────────┬──────────────┤\n\
             │ Name   │ Description  │\n\
             ├────────┼──────────────┤\n\
             │ local* │ Local server │\n\
             │ ngs    │              │\n\
             ╰────────┴──────────────╯"
        );
    }

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            split_command("vim -u NONE"),
            Some(vec!["vim".into(), "-u".into(), "NONE".into()])
        );
        assert_eq!(
            split_command(r#"sh -c 'echo "a b"' x\ y "q\"q""#),
            Some(vec![
                "sh".into(),
                "-c".into(),
                "echo \"a b\"".into(),
                "x y".into(),
                "q\"q".into()
            ])
        );
        assert_eq!(split_command("''"), Some(vec![String::new()]));
        assert_eq!(split_command("'open"), None);
        assert_eq!(split_command("  "), Some(vec![]));
    }
}
