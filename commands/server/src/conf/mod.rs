//! The NATS configuration file format: parsing `nats-server.conf` (and `.toml`) into a value tree.
//!
//! This module only turns text into [`Value`]s with positions; `config.rs` maps the tree onto
//! [`crate::options::Options`]. The format follows nats-server's `conf/lex.go` and
//! `conf/parse.go`: `=`, `:` or whitespace between key and value, optional `;`/`,` terminators,
//! maps, arrays, `#` and `//` comments, quoted, bare and block strings, sized integers (`1MB`),
//! booleans (`true/yes/on`), Zulu datetimes, `include` files and `$VARIABLE` references that
//! resolve through enclosing maps and then the environment. JSON documents parse too.
//!
//! Parsing lives in `parser`, TOML conversion in `toml_file`, Go duration strings in `duration`.
#![deny(clippy::arithmetic_side_effects)]

mod parser;
mod toml_file;

use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// A position in a configuration file: 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pos {
    /// The file the position refers to (as given, joined with the including file's directory).
    pub file: Arc<Path>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.col)
    }
}

/// A configuration value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `true/false`, `yes/no`, `on/off` (any case).
    Bool(bool),
    /// An integer, size suffixes already applied (`1k` = 1000, `1kb` = 1024).
    Int(i64),
    /// A float such as `0.5`.
    Float(f64),
    /// A quoted, bare or block string.
    String(String),
    /// An ISO8601 Zulu datetime (`2024-01-02T03:04:05Z`), kept as written.
    DateTime(String),
    /// `[ ... ]`.
    Array(Vec<Item>),
    /// `{ ... }`.
    Map(Map),
}

impl Value {
    /// A short name of the value's type for error messages ("an integer", "a map", ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a float",
            Value::String(_) => "a string",
            Value::DateTime(_) => "a datetime",
            Value::Array(_) => "an array",
            Value::Map(_) => "a map",
        }
    }

    /// The value as JSON (maps keep their key spelling; datetimes become strings).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            Value::String(s) | Value::DateTime(s) => serde_json::Value::String(s.clone()),
            Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(|i| i.value.to_json()).collect())
            }
            Value::Map(map) => map.to_json(),
        }
    }
}

/// A value with the position it was defined at.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The value.
    pub value: Value,
    /// For a map entry, where its key starts; for an array element, where the element starts.
    pub pos: Pos,
    /// Set when a `$reference` resolved to this entry: it is a variable definition, not a
    /// setting, so consumers skip it.
    pub used_as_variable: bool,
}

impl Item {
    /// An item that no variable refers to.
    pub fn new(value: Value, pos: Pos) -> Self {
        Item {
            value,
            pos,
            used_as_variable: false,
        }
    }
}

/// An ordered map of keys to items. Keys keep their spelling; [`Map::get`] ignores case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map {
    entries: Vec<(String, Item)>,
}

impl Map {
    /// An empty map.
    pub fn new() -> Self {
        Map::default()
    }

    /// The entry for `key`, compared without case; with several spellings, the last one set.
    pub fn get(&self, key: &str) -> Option<&Item> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, item)| item)
    }

    /// Sets `key` (exact spelling). A redefinition replaces the old entry and moves to the end,
    /// so iteration order is the order of last definition.
    pub fn insert(&mut self, key: String, item: Item) {
        self.entries.retain(|(k, _)| *k != key);
        self.entries.push((key, item));
    }

    /// Entries in definition order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Item)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with exactly this spelling, for marking variables as used.
    fn get_exact_mut(&mut self, key: &str) -> Option<&mut Item> {
        self.entries
            .iter_mut()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, item)| item)
    }

    /// The map as a JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        for (k, item) in &self.entries {
            out.insert(k.clone(), item.value.to_json());
        }
        serde_json::Value::Object(out)
    }

    /// nats-server's `config_digest` of this (root) map: `sha256:` and the hex SHA-256 of the
    /// map as Go's `json.Encoder` writes it (`conf/parse.go` `configDigest`): keys sorted, the
    /// last of repeated keys kept, variables included, `<`, `>` and `&` escaped, a trailing
    /// newline.
    pub fn digest(&self) -> String {
        use sha2::{Digest as _, Sha256};
        fn sorted(v: serde_json::Value) -> serde_json::Value {
            match v {
                serde_json::Value::Object(m) => {
                    let mut entries: Vec<(String, serde_json::Value)> = m.into_iter().collect();
                    entries.sort_by(|a, b| a.0.cmp(&b.0));
                    serde_json::Value::Object(
                        entries.into_iter().map(|(k, v)| (k, sorted(v))).collect(),
                    )
                }
                serde_json::Value::Array(a) => {
                    serde_json::Value::Array(a.into_iter().map(sorted).collect())
                }
                other => other,
            }
        }
        let mut text = rnats_proto::monitor::format::to_go_json(&sorted(self.to_json()), false)
            .unwrap_or_default();
        text.push(b'\n');
        let hash = Sha256::digest(&text);
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }
}

/// A configuration file could not be read or parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfError {
    /// Where the problem is, when known.
    pub pos: Option<Pos>,
    /// What is wrong.
    pub message: String,
}

impl ConfError {
    pub(crate) fn at(pos: Pos, message: impl Into<String>) -> Self {
        ConfError {
            pos: Some(pos),
            message: message.into(),
        }
    }
}

impl fmt::Display for ConfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.pos {
            Some(pos) => write!(f, "{pos}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ConfError {}

/// Reads and parses the configuration file at `path`: TOML when the extension is `.toml`,
/// the NATS conf format (which also accepts JSON) otherwise.
pub fn load(path: &Path) -> Result<Map, ConfError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfError {
        pos: None,
        message: format!("error opening config file {}: {e}", path.display()),
    })?;
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if is_toml {
        toml_file::parse(&text, path)
    } else {
        parser::parse_file(&text, path)
    }
}

/// Parses NATS conf text. `origin` names the file for positions, and `include` paths resolve
/// against its directory.
pub fn parse_str(text: &str, origin: &Path) -> Result<Map, ConfError> {
    parser::parse_file(text, origin)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// `v` with every object's keys in sorted order.
    fn sort_keys(v: serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::Object(m) => {
                let mut entries: Vec<(String, serde_json::Value)> = m.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                serde_json::Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k, sort_keys(v)))
                        .collect(),
                )
            }
            serde_json::Value::Array(a) => {
                serde_json::Value::Array(a.into_iter().map(sort_keys).collect())
            }
            other => other,
        }
    }

    fn fixture_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/conf")
    }

    /// Walks `tests/fixtures/conf`: each `<case>.{conf,json,toml}` must match `<case>.expected`
    /// (pretty JSON of the tree) or `<case>.error` (the error text, paths relative to the
    /// fixture directory). `RNATS_BLESS=1` rewrites the expectation files.
    #[test]
    fn fixtures() {
        // Used by the variables and env-cycle fixtures; the names are unique to this test.
        std::env::set_var("RNATS_CONF_TEST_ENV_PORT", "4333");
        std::env::set_var("RNATS_CONF_TEST_ENV_NAME", "from-env");
        std::env::set_var("RNATS_CONF_TEST_CYCLE_A", "$RNATS_CONF_TEST_CYCLE_B");
        std::env::set_var("RNATS_CONF_TEST_CYCLE_B", "$RNATS_CONF_TEST_CYCLE_A");
        let dir = fixture_dir();
        let prefix = format!("{}/", dir.display());
        let bless = std::env::var_os("RNATS_BLESS").is_some();
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("fixture dir")
            .map(|e| e.expect("dir entry").path())
            .filter(|p| {
                p.is_file()
                    && matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("conf" | "json" | "toml")
                    )
            })
            .collect();
        cases.sort();
        assert!(cases.len() > 10, "fixtures missing in {}", dir.display());
        let mut failures = Vec::new();
        for path in cases {
            let expected_path = path.with_extension("expected");
            let error_path = path.with_extension("error");
            let (actual, out_path, other) = match load(&path) {
                Ok(map) => {
                    // Keys sorted, so the fixtures do not depend on map ordering.
                    let sorted = sort_keys(map.to_json());
                    let mut text = serde_json::to_string_pretty(&sorted).expect("json render");
                    text.push('\n');
                    (text, expected_path, error_path)
                }
                Err(e) => (
                    format!("{e}\n").replace(&prefix, ""),
                    error_path,
                    expected_path,
                ),
            };
            if bless {
                std::fs::write(&out_path, &actual).expect("bless write");
                let _ = std::fs::remove_file(&other);
                continue;
            }
            match std::fs::read_to_string(&out_path) {
                Ok(want) if want == actual => {}
                Ok(want) => failures.push(format!(
                    "{}: mismatch\n--- want ({})\n{want}--- got\n{actual}",
                    path.display(),
                    out_path.display()
                )),
                Err(_) => failures.push(format!(
                    "{}: no {} (got:\n{actual})",
                    path.display(),
                    out_path.display()
                )),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }
}
