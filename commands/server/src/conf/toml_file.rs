//! Reads a `.toml` configuration into the same [`Value`] tree as the NATS conf format, with
//! positions taken from the TOML parser's spans. Key names are used exactly as in a `.conf`
//! file (`max_payload = "1MB"` is a string here: TOML has no size suffixes).

use std::path::Path;
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use super::{ConfError, Item, Map, Pos, Value};

/// Maps byte offsets to 1-based line and column.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    file: Arc<Path>,
}

impl Lines<'_> {
    fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count().saturating_add(1));
        Pos {
            file: self.file.clone(),
            line,
            col,
        }
    }
}

/// Parses TOML `text` read from `origin`.
pub(super) fn parse(text: &str, origin: &Path) -> Result<Map, ConfError> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i.saturating_add(1)));
    let lines = Lines {
        text,
        starts,
        file: Arc::from(origin),
    };
    let table = DeTable::parse(text).map_err(|e| ConfError {
        pos: e.span().map(|s| lines.pos(s.start)),
        message: e.message().trim_end().to_string(),
    })?;
    table_to_map(table.get_ref(), &lines)
}

fn table_to_map(table: &DeTable<'_>, lines: &Lines<'_>) -> Result<Map, ConfError> {
    let mut map = Map::new();
    for (key, value) in table.iter() {
        let pos = lines.pos(key.span().start);
        let v = convert(value.get_ref(), value.span().start, lines)?;
        map.insert(key.get_ref().to_string(), Item::new(v, pos));
    }
    Ok(map)
}

fn convert(value: &DeValue<'_>, offset: usize, lines: &Lines<'_>) -> Result<Value, ConfError> {
    Ok(match value {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => {
            let n = i64::from_str_radix(i.as_str(), i.radix()).map_err(|_| {
                ConfError::at(
                    lines.pos(offset),
                    format!("integer '{}' is out of range", i.as_str()),
                )
            })?;
            Value::Int(n)
        }
        DeValue::Float(f) => {
            let n = f.as_str().parse::<f64>().map_err(|_| {
                ConfError::at(lines.pos(offset), format!("invalid float '{}'", f.as_str()))
            })?;
            Value::Float(n)
        }
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(d) => Value::DateTime(d.to_string()),
        DeValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items.iter() {
                let start = item.span().start;
                out.push(Item::new(
                    convert(item.get_ref(), start, lines)?,
                    lines.pos(start),
                ));
            }
            Value::Array(out)
        }
        DeValue::Table(t) => Value::Map(table_to_map(t, lines)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_types() {
        let text = "port = 4222\n[jetstream]\nstore_dir = \"/data\"\nmax_mem = 1.5\ntags = [\"a\", \"b\"]\n";
        let m = parse(text, Path::new("x.toml")).expect("parse");
        let port = m.get("port").expect("port");
        assert_eq!(port.value, Value::Int(4222));
        assert_eq!((port.pos.line, port.pos.col), (1, 1));
        match &m.get("jetstream").expect("js").value {
            Value::Map(js) => {
                let sd = js.get("store_dir").expect("store_dir");
                assert_eq!(sd.value, Value::String("/data".into()));
                assert_eq!((sd.pos.line, sd.pos.col), (3, 1));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn error_has_position() {
        let e = parse("a = 1\nb = \n", Path::new("x.toml")).expect_err("bad");
        let pos = e.pos.expect("pos");
        assert_eq!(pos.line, 2);
    }

    /// Issue 16 (arithmetic lint): integers at and past the i64 edges, and positions at the
    /// very start and end of the text.
    #[test]
    fn huge_numbers_and_edge_positions() {
        let m = parse(
            "a = 9223372036854775807\nb = -9223372036854775808\n",
            Path::new("x.toml"),
        )
        .expect("parse");
        assert_eq!(m.get("a").expect("a").value, Value::Int(i64::MAX));
        assert_eq!(m.get("b").expect("b").value, Value::Int(i64::MIN));
        for text in ["a = 9223372036854775808", "a = -9223372036854775809"] {
            let e = parse(text, Path::new("x.toml")).expect_err(text);
            assert_eq!(e.pos.as_ref().map(|p| p.line), Some(1), "{text}: {e:?}");
        }
        let e = parse("=", Path::new("x.toml")).expect_err("no key");
        let pos = e.pos.expect("pos");
        assert_eq!((pos.line, pos.col), (1, 1));
        let e = parse("a = 1\nb = ", Path::new("x.toml")).expect_err("cut at the end");
        assert_eq!(e.pos.map(|p| p.line), Some(2));
        let lines = Lines {
            text: "ab\n",
            starts: vec![0, 3],
            file: Arc::from(Path::new("x.toml")),
        };
        // An offset past the end is clamped to it, on the last line.
        let p = lines.pos(usize::MAX);
        assert_eq!((p.line, p.col), (2, 1));
    }
}
