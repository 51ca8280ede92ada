//! Recursive-descent parser for the NATS conf format (nats-server `conf/lex.go` + `parse.go`).
//!
//! One pass over the characters builds the [`Map`] tree directly; there is no separate token
//! stream. The parser keeps a stack of the maps being built, innermost last: `$NAME` looks
//! through it from the inside out (exact key spelling, as upstream) before falling back to the
//! environment, whose value is itself parsed as a conf value. `include` parses another file
//! with a fresh variable scope and inlines its entries into the current map. Include and
//! environment-variable cycles are errors rather than unbounded recursion.
//!
//! Deliberate differences from upstream, all more lenient: a number directly followed by `]`
//! ends the number (upstream folds the `]` into a string), a float followed by letters is a
//! string (`1.5s`), `\uXXXX` and the JSON escapes `\/ \b \f` are accepted in quoted strings,
//! and a block string may end with `)` followed by `\r`.
#![deny(clippy::arithmetic_side_effects)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{ConfError, Item, Map, Pos, Value};

/// How deep maps and arrays may nest before the parser gives up (protects the stack).
const MAX_DEPTH: usize = 128;

/// State shared by a file's parser and the parsers it starts for includes and environment
/// variables.
#[derive(Default)]
struct Context {
    /// Files being parsed, outermost first: canonical path (for comparison) and display path.
    includes: Vec<(PathBuf, Arc<Path>)>,
    /// Environment variables being expanded, outermost first.
    env_refs: Vec<String>,
}

/// Parses `text` as the file `origin`.
pub(super) fn parse_file(text: &str, origin: &Path) -> Result<Map, ConfError> {
    let file: Arc<Path> = Arc::from(origin);
    let mut ctx = Context::default();
    if let Ok(canon) = std::fs::canonicalize(origin) {
        ctx.includes.push((canon, file.clone()));
    }
    Parser::new(text, file, &mut ctx).document()
}

struct Parser<'a, 'c> {
    src: &'a str,
    /// Byte offset of the next character.
    at: usize,
    line: usize,
    col: usize,
    file: Arc<Path>,
    /// Maps under construction, innermost last.
    scopes: Vec<Map>,
    depth: usize,
    ctx: &'c mut Context,
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_nl(c: char) -> bool {
    c == '\n' || c == '\r'
}

/// Characters that end a bare string or number.
fn ends_word(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => is_blank(c) || is_nl(c) || matches!(c, ';' | ',' | ']' | '}'),
    }
}

impl<'a, 'c> Parser<'a, 'c> {
    fn new(src: &'a str, file: Arc<Path>, ctx: &'c mut Context) -> Self {
        Parser {
            src,
            at: 0,
            line: 1,
            col: 1,
            file,
            scopes: Vec::new(),
            depth: 0,
            ctx,
        }
    }

    // ---- cursor -------------------------------------------------------------------------

    fn peek(&self) -> Option<char> {
        self.src[self.at..].chars().next()
    }

    fn peek_nth(&self, n: usize) -> Option<char> {
        self.src[self.at..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        // `at` stays within `src`; lines and columns count its characters.
        self.at = self.at.saturating_add(c.len_utf8());
        if c == '\n' {
            self.line = self.line.saturating_add(1);
            self.col = 1;
        } else {
            self.col = self.col.saturating_add(1);
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos {
            file: self.file.clone(),
            line: self.line,
            col: self.col,
        }
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, ConfError> {
        Err(ConfError::at(self.pos(), message))
    }

    fn at_comment(&self) -> bool {
        match self.peek() {
            Some('#') => true,
            Some('/') => self.peek_nth(1) == Some('/'),
            _ => false,
        }
    }

    /// Skips a comment up to (not including) the end of the line.
    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if is_nl(c) {
                break;
            }
            self.bump();
        }
    }

    fn skip_blanks(&mut self) {
        while self.peek().is_some_and(is_blank) {
            self.bump();
        }
    }

    /// Skips whitespace including new lines, comments, and (when `separators`) `;` and `,`.
    fn skip_space(&mut self, separators: bool) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some(';' | ',') if separators => {
                    self.bump();
                }
                Some(_) if self.at_comment() => self.skip_comment(),
                _ => break,
            }
        }
    }

    /// Closes what [`Self::enter`] opened.
    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn enter(&mut self) -> Result<(), ConfError> {
        self.depth = self.depth.saturating_add(1);
        if self.depth > MAX_DEPTH {
            return self.err(format!(
                "maps and arrays nest deeper than {MAX_DEPTH} levels"
            ));
        }
        Ok(())
    }

    // ---- structure ----------------------------------------------------------------------

    fn document(mut self) -> Result<Map, ConfError> {
        if self.peek() == Some('\u{feff}') {
            self.bump();
        }
        self.scopes.push(Map::new());
        self.body(None)?;
        Ok(self.scopes.pop().unwrap_or_default())
    }

    /// Parses entries into the innermost scope until `close` (consumed) or, at the top level,
    /// the end of the input. `close` carries the opening brace's position for errors.
    fn body(&mut self, close: Option<Pos>) -> Result<(), ConfError> {
        loop {
            self.skip_space(true);
            match self.peek() {
                None => {
                    return match close {
                        Some(open) => Err(ConfError::at(
                            open,
                            "unexpected end of file: this map is never closed with '}'",
                        )),
                        None => Ok(()),
                    };
                }
                Some('}') if close.is_some() => {
                    self.bump();
                    return Ok(());
                }
                Some('}') => return self.err("unexpected '}' without a matching '{'"),
                // JSON compatibility: the whole document may be wrapped in braces.
                Some('{') if close.is_none() => {
                    let open = self.pos();
                    self.bump();
                    self.enter()?;
                    self.body(Some(open))?;
                    self.leave();
                }
                Some(c @ ('=' | ':')) => {
                    return self.err(format!("unexpected key separator '{c}'"))
                }
                Some(c @ ('{' | '[' | ']')) => {
                    return self.err(format!("expected a key, found '{c}'"))
                }
                Some(_) => {
                    let key = self.entry()?;
                    self.value_end(&key)?;
                }
            }
        }
    }

    /// Parses `key [=|:] value` or `include path`; returns the key for error messages.
    fn entry(&mut self) -> Result<String, ConfError> {
        let key_pos = self.pos();
        let (key, quoted) = self.key()?;
        if !quoted
            && key.eq_ignore_ascii_case("include")
            && self.peek().is_some_and(char::is_whitespace)
        {
            self.include()?;
            return Ok(key);
        }
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
        if matches!(self.peek(), Some('=' | ':')) {
            self.bump();
            self.skip_blanks();
        }
        if self.peek().is_none() {
            return self.err(format!(
                "expected a value for '{key}' but found end of file"
            ));
        }
        let value = self.value()?;
        if let Some(scope) = self.scopes.last_mut() {
            scope.insert(key.clone(), Item::new(value, key_pos));
        }
        Ok(key)
    }

    fn key(&mut self) -> Result<(String, bool), ConfError> {
        let open = self.pos();
        if let Some(q @ ('"' | '\'')) = self.peek() {
            self.bump();
            let start = self.at;
            loop {
                match self.peek() {
                    None => return Err(ConfError::at(open, "unterminated quoted key")),
                    Some(c) if c == q => break,
                    Some(_) => {
                        self.bump();
                    }
                }
            }
            let key = self.src[start..self.at].to_string();
            self.bump();
            return Ok((key, true));
        }
        let start = self.at;
        while let Some(c) = self.peek() {
            if c.is_whitespace() || matches!(c, '=' | ':' | '{' | '[') {
                break;
            }
            self.bump();
        }
        if self.at == start {
            return self.err("expected a key");
        }
        Ok((self.src[start..self.at].to_string(), false))
    }

    /// After a map entry: blanks, an optional comment, then a new line, `;`, `,`, `}` or EOF.
    fn value_end(&mut self, key: &str) -> Result<(), ConfError> {
        self.skip_blanks();
        if self.at_comment() {
            self.skip_comment();
        }
        match self.peek() {
            None | Some('}') => Ok(()),
            Some(c) if is_nl(c) || c == ';' || c == ',' => {
                self.bump();
                Ok(())
            }
            Some(c) => self.err(format!(
                "expected a new line, ';', ',' or comment after the value of '{key}', found '{}'",
                shown(c)
            )),
        }
    }

    // ---- values -------------------------------------------------------------------------

    fn value(&mut self) -> Result<Value, ConfError> {
        match self.peek() {
            None => self.err("expected a value but found end of file"),
            Some(c) if is_nl(c) => self.err("expected a value but found new line"),
            Some('[') => self.array(),
            Some('{') => self.map(),
            Some('"') => self.double_quoted().map(Value::String),
            Some('\'') => self.single_quoted().map(Value::String),
            Some('(') => self.block(),
            Some('.') => self.err("floats must start with a digit"),
            Some(c) if c.is_ascii_digit() || c == '-' => self.number_or_string(),
            Some(_) => self.bare(),
        }
    }

    fn array(&mut self) -> Result<Value, ConfError> {
        let open = self.pos();
        self.bump();
        self.enter()?;
        let unterminated = |open: &Pos| {
            Err(ConfError::at(
                open.clone(),
                "unexpected end of file: this array is never closed with ']'",
            ))
        };
        let mut items = Vec::new();
        loop {
            self.skip_space(false);
            match self.peek() {
                None => return unterminated(&open),
                Some(']') => {
                    self.bump();
                    break;
                }
                Some(',') => return self.err("unexpected ',' in array: expected a value"),
                Some(_) => {
                    let pos = self.pos();
                    let value = self.value()?;
                    items.push(Item::new(value, pos));
                    self.skip_blanks();
                    if self.at_comment() {
                        self.skip_comment();
                    }
                    match self.peek() {
                        None => return unterminated(&open),
                        Some(']') => {}
                        Some(c) if c == ',' || is_nl(c) => {
                            self.bump();
                        }
                        Some(c) => {
                            return self.err(format!(
                                "expected ',' or ']' after an array element, found '{}'",
                                shown(c)
                            ))
                        }
                    }
                }
            }
        }
        self.leave();
        Ok(Value::Array(items))
    }

    fn map(&mut self) -> Result<Value, ConfError> {
        let open = self.pos();
        self.bump();
        self.enter()?;
        self.scopes.push(Map::new());
        let result = self.body(Some(open));
        let map = self.scopes.pop().unwrap_or_default();
        result?;
        self.leave();
        Ok(Value::Map(map))
    }

    fn single_quoted(&mut self) -> Result<String, ConfError> {
        let open = self.pos();
        self.bump();
        let start = self.at;
        loop {
            match self.peek() {
                None => return Err(ConfError::at(open, "unterminated quoted string")),
                Some('\'') => break,
                Some(_) => {
                    self.bump();
                }
            }
        }
        let s = self.src[start..self.at].to_string();
        self.bump();
        Ok(s)
    }

    fn double_quoted(&mut self) -> Result<String, ConfError> {
        let open = self.pos();
        self.bump();
        let mut buf = Vec::new();
        loop {
            match self.bump() {
                None => return Err(ConfError::at(open, "unterminated quoted string")),
                Some('"') => break,
                Some('\\') => self.escape(&mut buf)?,
                Some(c) => {
                    let mut tmp = [0u8; 4];
                    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
                }
            }
        }
        String::from_utf8(buf)
            .map_err(|_| ConfError::at(open, "string is not valid UTF-8 after unescaping"))
    }

    /// Decodes the escape after a backslash (already consumed) into `buf`.
    fn escape(&mut self, buf: &mut Vec<u8>) -> Result<(), ConfError> {
        let pos = self.pos();
        let c = match self.bump() {
            Some(c) if !is_nl(c) => c,
            _ => return Err(ConfError::at(pos, "unterminated escape sequence")),
        };
        let simple = match c {
            't' => Some(b'\t'),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            '"' => Some(b'"'),
            '\\' => Some(b'\\'),
            '/' => Some(b'/'),
            'b' => Some(0x08),
            'f' => Some(0x0c),
            _ => None,
        };
        if let Some(b) = simple {
            buf.push(b);
            return Ok(());
        }
        match c {
            'x' => {
                let byte = self.hex_digits(2, &pos)?;
                // Two hex digits always fit a byte.
                buf.push(u8::try_from(byte).unwrap_or(0));
                Ok(())
            }
            'u' => {
                let mut code = self.hex_digits(4, &pos)?;
                if (0xD800..0xDC00).contains(&code)
                    && self.peek() == Some('\\')
                    && self.peek_nth(1) == Some('u')
                {
                    self.bump();
                    self.bump();
                    let low = self.hex_digits(4, &pos)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(ConfError::at(pos, "invalid UTF-16 surrogate pair"));
                    }
                    // Both halves are four hex digits, so they fit a u16.
                    let pair = [
                        u16::try_from(code).unwrap_or(0),
                        u16::try_from(low).unwrap_or(0),
                    ];
                    code = char::decode_utf16(pair)
                        .next()
                        .and_then(Result::ok)
                        .map_or(u32::MAX, u32::from);
                }
                let ch = char::from_u32(code)
                    .ok_or_else(|| ConfError::at(pos.clone(), "invalid unicode escape"))?;
                let mut tmp = [0u8; 4];
                buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
                Ok(())
            }
            other => Err(ConfError::at(
                pos,
                format!(
                    "invalid escape character '{}'; allowed: \\xXX, \\uXXXX, \\t, \\n, \\r, \\\", \\\\",
                    shown(other)
                ),
            )),
        }
    }

    fn hex_digits(&mut self, n: usize, pos: &Pos) -> Result<u32, ConfError> {
        let mut v = 0u32;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    self.bump();
                    // At most 4 digits (`n`): never near saturation.
                    v = v.saturating_mul(16).saturating_add(d);
                }
                None => {
                    return Err(ConfError::at(
                        pos.clone(),
                        format!("expected {n} hexadecimal digits in escape sequence"),
                    ))
                }
            }
        }
        Ok(v)
    }

    /// `( ... )`: raw text up to a `)` that stands at the start of a line and ends it.
    fn block(&mut self) -> Result<Value, ConfError> {
        let open = self.pos();
        self.bump();
        let start = self.at;
        loop {
            match self.bump() {
                None => return Err(ConfError::at(
                    open,
                    "unexpected end of file: block string needs ')' alone at the start of a line",
                )),
                Some('\n') if self.peek() == Some(')') => {
                    let after = self.peek_nth(1);
                    if after.is_none() || after.is_some_and(is_nl) {
                        let text = self.src[start..self.at].to_string();
                        self.bump();
                        return Ok(Value::String(text));
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// A word starting with a digit or `-`: integer (with size suffix), float, datetime, or
    /// (digits followed by other text, e.g. `10s`, `127.0.0.1:4222`) a string.
    fn number_or_string(&mut self) -> Result<Value, ConfError> {
        let pos = self.pos();
        let start = self.at;
        while !ends_word(self.peek()) {
            self.bump();
        }
        let word = &self.src[start..self.at];
        let bad = |msg: String| Err(ConfError::at(pos.clone(), msg));
        let (neg, body) = match word.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, word),
        };
        let digits = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        if digits == 0 {
            return bad(format!("expected a digit after '-' in '{word}'"));
        }
        let rest = &body[digits..];
        let int_text = word.strip_suffix(rest).unwrap_or(word);
        if rest.is_empty() {
            return match int_text.parse::<i64>() {
                Ok(n) => Ok(Value::Int(n)),
                Err(_) => bad(format!("integer '{word}' is out of range")),
            };
        }
        if rest.starts_with('-') {
            if !neg && digits == 4 {
                return match chrono::NaiveDateTime::parse_from_str(word, "%Y-%m-%dT%H:%M:%SZ") {
                    Ok(_) if word.len() == 20 => Ok(Value::DateTime(word.to_string())),
                    _ => bad(format!(
                        "datetimes must be in full ISO8601 Zulu form (2006-01-02T15:04:05Z), got '{word}'"
                    )),
                };
            }
            return bad(format!("invalid number '{word}'"));
        }
        if let Some(mult) = size_multiplier(rest) {
            let n = int_text
                .parse::<i64>()
                .ok()
                .and_then(|n| n.checked_mul(mult));
            return match n {
                Some(n) => Ok(Value::Int(n)),
                None => bad(format!("integer '{word}' is out of range")),
            };
        }
        if let Some(frac) = rest.strip_prefix('.') {
            if !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()) {
                return match word.parse::<f64>() {
                    Ok(f) if f.is_finite() => Ok(Value::Float(f)),
                    _ => bad(format!("float '{word}' is out of range")),
                };
            }
        }
        if neg {
            return bad(format!("invalid number '{word}'"));
        }
        Ok(Value::String(word.to_string()))
    }

    /// An unquoted string, boolean or `$variable`. Backslash escapes apply, as upstream; an
    /// escaped word is always a plain string.
    fn bare(&mut self) -> Result<Value, ConfError> {
        let pos = self.pos();
        let start = self.at;
        let mut buf: Option<Vec<u8>> = None;
        let mut run_start = start;
        while !ends_word(self.peek()) {
            if self.peek() == Some('\\') {
                let b = buf.get_or_insert_with(Vec::new);
                b.extend_from_slice(&self.src.as_bytes()[run_start..self.at]);
                self.bump();
                let mut tmp = Vec::new();
                self.escape(&mut tmp)?;
                if let Some(b) = buf.as_mut() {
                    b.extend_from_slice(&tmp);
                }
                run_start = self.at;
            } else {
                self.bump();
            }
        }
        if let Some(mut b) = buf {
            b.extend_from_slice(&self.src.as_bytes()[run_start..self.at]);
            return String::from_utf8(b)
                .map(Value::String)
                .map_err(|_| ConfError::at(pos, "string is not valid UTF-8 after unescaping"));
        }
        let word = &self.src[start..self.at];
        match word.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" => return Ok(Value::Bool(true)),
            "false" | "no" | "off" => return Ok(Value::Bool(false)),
            _ => {}
        }
        match word.strip_prefix('$') {
            Some(name) => self.variable(name, pos),
            None => Ok(Value::String(word.to_string())),
        }
    }

    // ---- variables and includes ---------------------------------------------------------

    fn variable(&mut self, name: &str, pos: Pos) -> Result<Value, ConfError> {
        // Raw bcrypt hashes ($2a$, $2b$, $2y$) are values, not references.
        if ["2a$", "2b$", "2y$"].iter().any(|p| name.starts_with(p)) {
            return Ok(Value::String(format!("${name}")));
        }
        for scope in self.scopes.iter_mut().rev() {
            if let Some(item) = scope.get_exact_mut(name) {
                item.used_as_variable = true;
                return Ok(item.value.clone());
            }
        }
        if self.ctx.env_refs.iter().any(|r| r == name) {
            return Err(ConfError::at(
                pos,
                format!("variable reference cycle for '{name}'"),
            ));
        }
        let text = match std::env::var(name) {
            Ok(text) => text,
            Err(std::env::VarError::NotPresent) => {
                return Err(ConfError::at(
                    pos,
                    format!("variable reference for '{name}' can not be found"),
                ))
            }
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(ConfError::at(
                    pos,
                    format!("environment variable '{name}' is not valid UTF-8"),
                ))
            }
        };
        self.ctx.env_refs.push(name.to_string());
        let file: Arc<Path> = Arc::from(Path::new(&format!("${name}")));
        let result = Parser::new(&text, file, &mut *self.ctx).env_value();
        self.ctx.env_refs.pop();
        result.map_err(|e| {
            ConfError::at(
                pos,
                format!(
                    "variable reference for '{name}' could not be parsed: {}",
                    e.message
                ),
            )
        })
    }

    /// The whole input (an environment variable's text) as one value.
    fn env_value(mut self) -> Result<Value, ConfError> {
        self.scopes.push(Map::new());
        self.skip_blanks();
        let value = self.value()?;
        self.skip_space(false);
        if self.peek().is_some() {
            return self.err("unexpected text after the value");
        }
        Ok(value)
    }

    /// `include <path>` (keyword already consumed): parses the file and inlines its entries.
    fn include(&mut self) -> Result<(), ConfError> {
        self.skip_blanks();
        let pos = self.pos();
        let target = match self.peek() {
            Some(q @ ('"' | '\'')) => {
                self.bump();
                let start = self.at;
                loop {
                    match self.peek() {
                        None => return Err(ConfError::at(pos, "unterminated quoted include path")),
                        Some(c) if c == q => break,
                        Some(_) => {
                            self.bump();
                        }
                    }
                }
                let s = self.src[start..self.at].to_string();
                self.bump();
                s
            }
            None => return self.err("expected include path but found end of file"),
            Some(c) if is_nl(c) => return self.err("expected include path but found new line"),
            Some('[') => return self.err("expected include path but found start of an array"),
            Some('{') => return self.err("expected include path but found start of a map"),
            Some('(') => return self.err("expected include path but found start of a block"),
            Some('\\') => return self.err("expected include path but found escape sequence"),
            Some(c) if c.is_ascii_digit() || c == '-' => {
                return self.err("expected include path but found start of a number")
            }
            Some(_) => {
                let start = self.at;
                while let Some(c) = self.peek() {
                    if c.is_whitespace() || c == ';' || c == '}' {
                        break;
                    }
                    self.bump();
                }
                self.src[start..self.at].to_string()
            }
        };
        let target_path = Path::new(&target);
        let full: Arc<Path> = if target_path.is_absolute() {
            Arc::from(target_path)
        } else {
            let dir = self.file.parent().unwrap_or(Path::new(""));
            Arc::from(dir.join(target_path))
        };
        let canon = std::fs::canonicalize(&full).map_err(|e| {
            ConfError::at(
                pos.clone(),
                format!("error opening include file '{}': {e}", full.display()),
            )
        })?;
        if let Some(i) = self.ctx.includes.iter().position(|(c, _)| *c == canon) {
            let mut chain: Vec<String> = self.ctx.includes[i..]
                .iter()
                .map(|(_, shown)| shown.display().to_string())
                .collect();
            chain.push(full.display().to_string());
            return Err(ConfError::at(
                pos,
                format!("include cycle: {}", chain.join(" -> ")),
            ));
        }
        let text = std::fs::read_to_string(&full).map_err(|e| {
            ConfError::at(
                pos.clone(),
                format!("error opening include file '{}': {e}", full.display()),
            )
        })?;
        self.ctx.includes.push((canon, full.clone()));
        let result = Parser::new(&text, full, &mut *self.ctx).document();
        self.ctx.includes.pop();
        let included = result?;
        if let Some(scope) = self.scopes.last_mut() {
            for (k, item) in included.entries {
                scope.insert(k, item);
            }
        }
        Ok(())
    }
}

/// A character for an error message, with control characters escaped.
fn shown(c: char) -> String {
    if c.is_control() {
        c.escape_default().to_string()
    } else {
        c.to_string()
    }
}

/// The multiplier for a size suffix (`k` = 1000, `kb`/`ki`/`kib` = 1024, up to `e`/`eb`).
fn size_multiplier(suffix: &str) -> Option<i64> {
    let s = suffix.to_ascii_lowercase();
    let (exp, binary) = match s.as_str() {
        "k" => (1, false),
        "kb" | "ki" | "kib" => (1, true),
        "m" => (2, false),
        "mb" | "mi" | "mib" => (2, true),
        "g" => (3, false),
        "gb" | "gi" | "gib" => (3, true),
        "t" => (4, false),
        "tb" | "ti" | "tib" => (4, true),
        "p" => (5, false),
        "pb" | "pi" | "pib" => (5, true),
        "e" => (6, false),
        "eb" | "ei" | "eib" => (6, true),
        _ => return None,
    };
    let base: i64 = if binary { 1024 } else { 1000 };
    Some(base.pow(exp))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Map, ConfError> {
        parse_file(text, Path::new("test.conf"))
    }

    fn get<'m>(map: &'m Map, key: &str) -> &'m Value {
        &map.get(key).expect(key).value
    }

    #[test]
    fn separators_and_positions() {
        let m = parse("a = 1\n  b: 2\nc 3; d=4, e:5\n").expect("parse");
        assert_eq!(get(&m, "a"), &Value::Int(1));
        assert_eq!(get(&m, "e"), &Value::Int(5));
        let b = m.get("b").expect("b");
        assert_eq!((b.pos.line, b.pos.col), (2, 3));
        let d = m.get("d").expect("d");
        assert_eq!((d.pos.line, d.pos.col), (3, 6));
    }

    #[test]
    fn keys_are_case_insensitive_for_get() {
        let m = parse("Max_Payload: 5").expect("parse");
        assert_eq!(get(&m, "max_payload"), &Value::Int(5));
        assert_eq!(m.iter().next().map(|(k, _)| k), Some("Max_Payload"));
    }

    #[test]
    fn sizes() {
        let m = parse("a 1k\nb 1KB\nc 2mib\nd 1g\ne 1Ti\nf 1e\ng 2m\nh -3k").expect("parse");
        assert_eq!(get(&m, "a"), &Value::Int(1000));
        assert_eq!(get(&m, "b"), &Value::Int(1024));
        assert_eq!(get(&m, "c"), &Value::Int(2 * 1024 * 1024));
        assert_eq!(get(&m, "d"), &Value::Int(1_000_000_000));
        assert_eq!(get(&m, "e"), &Value::Int(1024i64.pow(4)));
        assert_eq!(get(&m, "f"), &Value::Int(1000i64.pow(6)));
        assert_eq!(get(&m, "g"), &Value::Int(2_000_000));
        assert_eq!(get(&m, "h"), &Value::Int(-3000));
        assert!(parse("a 10eb").is_err());
        assert!(parse("a 99999999999999999999").is_err());
    }

    #[test]
    fn numbers_floats_and_strings() {
        let m = parse("a 1.5\nb -2.25\nc 127.0.0.1:4222\nd 10s\ne 1h30m\nf 500ms\ng [1,2]")
            .expect("parse");
        assert_eq!(get(&m, "a"), &Value::Float(1.5));
        assert_eq!(get(&m, "b"), &Value::Float(-2.25));
        assert_eq!(get(&m, "c"), &Value::String("127.0.0.1:4222".into()));
        assert_eq!(get(&m, "d"), &Value::String("10s".into()));
        assert_eq!(get(&m, "e"), &Value::String("1h30m".into()));
        assert_eq!(get(&m, "f"), &Value::String("500ms".into()));
        match get(&m, "g") {
            Value::Array(items) => assert_eq!(items.len(), 2),
            other => panic!("{other:?}"),
        }
        assert!(parse("a .5").is_err());
        assert!(parse("a -x").is_err());
    }

    #[test]
    fn datetimes() {
        let m = parse("t 2024-02-29T12:30:00Z").expect("parse");
        assert_eq!(
            get(&m, "t"),
            &Value::DateTime("2024-02-29T12:30:00Z".into())
        );
        let e = parse("t 2024-02-30T12:30:00Z").expect_err("bad date");
        assert!(e.message.contains("Zulu"), "{e}");
        assert!(parse("t 2024-02-01").is_err());
    }

    #[test]
    fn escapes() {
        let m = parse(r#"a "t\tn\nq\"b\\x\x41u\u00e9s\ud83d\ude00""#).expect("parse");
        assert_eq!(get(&m, "a"), &Value::String("t\tn\nq\"b\\xAués😀".into()));
        let e = parse(r#"a "\q""#).expect_err("bad escape");
        assert_eq!((e.pos.as_ref().map(|p| p.col)), Some(5));
        let m = parse("a 'raw \\n $x'").expect("parse");
        assert_eq!(get(&m, "a"), &Value::String("raw \\n $x".into()));
    }

    #[test]
    fn variables_mark_definitions() {
        let m = parse("v = 7\nm { inner = $v }\n").expect("parse");
        assert!(m.get("v").expect("v").used_as_variable);
        match get(&m, "m") {
            Value::Map(inner) => {
                assert_eq!(get(inner, "inner"), &Value::Int(7));
                assert!(!inner.get("inner").expect("inner").used_as_variable);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn inner_scope_wins() {
        let m = parse("x = 1\nm { x = 2, y = $x }\nz = $x").expect("parse");
        match get(&m, "m") {
            Value::Map(inner) => assert_eq!(get(inner, "y"), &Value::Int(2)),
            other => panic!("{other:?}"),
        }
        assert_eq!(get(&m, "z"), &Value::Int(1));
    }

    #[test]
    fn undefined_variable_position() {
        let e = parse("a = 1\nb = $RNATS_SURELY_UNDEFINED_VAR_X").expect_err("undefined");
        assert_eq!(
            e.to_string(),
            "test.conf:2:5: variable reference for 'RNATS_SURELY_UNDEFINED_VAR_X' can not be found"
        );
    }

    #[test]
    fn self_referencing_env_variable_is_a_cycle() {
        std::env::set_var("RNATS_PARSER_TEST_SELF", "$RNATS_PARSER_TEST_SELF");
        let e = parse("a = $RNATS_PARSER_TEST_SELF").expect_err("cycle");
        assert!(e.message.contains("cycle"), "{e}");
    }

    #[test]
    fn bcrypt_is_not_a_variable() {
        for p in ["$2a$11$abc", "$2b$10$x.y/z", "$2y$12$q"] {
            let m = parse(&format!("pass: {p}")).expect("parse");
            assert_eq!(get(&m, "pass"), &Value::String(p.into()));
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("a = {}", "[".repeat(10_000));
        assert!(parse(&text).is_err());
        let text = format!("a = {}", "{b ".repeat(10_000));
        assert!(parse(&text).is_err());
    }

    #[test]
    fn crlf_line_endings() {
        let m = parse("a = 1\r\nb = two\r\nt = (\r\nx\r\n)\r\nm {\r\n c: 3 # x\r\n}\r\n")
            .expect("parse");
        assert_eq!(get(&m, "a"), &Value::Int(1));
        assert_eq!(get(&m, "b"), &Value::String("two".into()));
        assert_eq!(get(&m, "t"), &Value::String("\r\nx\r\n".into()));
        assert_eq!(m.get("m").expect("m").pos.line, 6);
    }

    #[test]
    fn separator_on_the_next_line_and_include_keyword_case() {
        let m = parse("a\n= 1\nINCLUDE: 2").expect("parse");
        assert_eq!(get(&m, "a"), &Value::Int(1));
        assert_eq!(get(&m, "include"), &Value::Int(2));
    }

    #[test]
    fn redefinition_keeps_the_last_value() {
        let m = parse("a = 1\nb = 2\na = 3").expect("parse");
        assert_eq!(get(&m, "a"), &Value::Int(3));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get("a").expect("a").pos.line, 3);
    }

    #[test]
    fn garbage_never_panics() {
        let samples = [
            "",
            "{",
            "}",
            "[",
            "]",
            "a",
            "a=",
            "a = \"",
            "a = (",
            "a = [1,",
            "a {",
            "=",
            "include",
            "include \"x",
            "a = $",
            "a = -",
            "a = 1\\",
            "a \"\\u12\"",
            "a \"\\ud800\"",
            "é = ü",
            "{\"a\": [1, {\"b\": null}]}",
            "a = 0x10",
            "a = --1",
            "a 1.",
            "a 9e",
        ];
        for s in samples {
            let _ = parse(s);
        }
        // Random soup of the format's own punctuation, words and multi-byte characters.
        let atoms = [
            "{",
            "}",
            "[",
            "]",
            "(",
            ")",
            "\n",
            "\r\n",
            " ",
            "\t",
            "=",
            ":",
            ";",
            ",",
            "#",
            "//",
            "\"",
            "'",
            "\\",
            "$",
            "$a",
            "a",
            "include ",
            "1",
            "-",
            ".",
            "2k",
            "1.5",
            "é",
            "µ",
            "true",
            "2024-01-02T03:04:05Z",
            "\\u00",
            "\\x4",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            let len = rng.usize(0..40);
            let text: String = (0..len).map(|_| atoms[rng.usize(..atoms.len())]).collect();
            let _ = parse(&text);
        }
    }
}
