//! Values of flags several JetStream families share (`stream`, `kv`, `object`): sizes,
//! durations, `--metadata`, placement, storage names, as natscli parses and prints them.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::anyhow;
use rnats_proto::jetstream::Storage;

use crate::kit::duration;
use crate::kit::numbers;

/// natscli's `ParseStringAsBytes`: `-1` (unlimited), a number, or a number with a unit.
pub fn parse_bytes(text: &str, flag: &str) -> anyhow::Result<i64> {
    let t = text.trim();
    if t == "-1" {
        return Ok(-1);
    }
    let n = numbers::parse_size(t).map_err(|e| anyhow!("invalid value for {flag}: {e}"))?;
    i64::try_from(n).map_err(|_| anyhow!("invalid value for {flag}: {text} is too large"))
}

/// A fisk duration flag.
pub fn parse_duration(text: &str, flag: &str) -> anyhow::Result<Duration> {
    duration::parse(text.trim()).map_err(|e| anyhow!("invalid value for {flag}: {e}"))
}

/// `KEY=VALUE` pairs of `--metadata`.
pub fn parse_metadata(items: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    items
        .iter()
        .map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| anyhow!("invalid --metadata {kv:?}, expected KEY=VALUE"))
        })
        .collect()
}

/// `--tags` and `--cluster` as a placement object.
pub fn placement(cluster: &Option<String>, tags: &[String]) -> serde_json::Value {
    if cluster.is_none() && tags.is_empty() {
        return serde_json::Value::Null;
    }
    let mut p = serde_json::Map::new();
    p.insert("cluster".into(), cluster.clone().unwrap_or_default().into());
    if !tags.is_empty() {
        p.insert("tags".into(), tags.to_vec().into());
    }
    serde_json::Value::Object(p)
}

/// natscli's storage names.
pub fn storage_name(s: Storage) -> &'static str {
    match s {
        Storage::File => "File",
        Storage::Memory => "Memory",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_from_flags() {
        assert!(placement(&None, &[]).is_null());
        assert_eq!(
            placement(&Some("c1".into()), &["a".into()]),
            serde_json::json!({"cluster":"c1","tags":["a"]})
        );
    }
}
