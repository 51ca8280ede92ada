//! natscli's `-H K:V` header flags (`ParseStringsToMsgHeader`), shared by `pub`, `req`,
//! `reply` and `bench`.

use rnats_proto::HeaderMap;

use crate::kit::template::{self, TemplateData};

/// natscli's `-H K:V` parsing: split at the first `:`, both sides trimmed, the value expanded
/// as a template for message `seq`.
pub fn parse_headers(specs: &[String], seq: u64) -> anyhow::Result<Option<HeaderMap>> {
    if specs.is_empty() {
        return Ok(None);
    }
    let mut h = HeaderMap::new();
    for spec in specs {
        let Some((k, v)) = spec.split_once(':') else {
            anyhow::bail!("invalid header {spec:?}");
        };
        let data = TemplateData::new(seq, "");
        let value = template::expand(v.trim(), &data)
            .map_err(|e| anyhow::anyhow!("failed to parse Header template for {k}: {e}"))?;
        h.append(k.trim(), &value)
            .map_err(|e| anyhow::anyhow!("invalid header {spec:?}: {e}"))?;
    }
    Ok(Some(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_parse_like_natscli() {
        let h = parse_headers(
            &["a: 1".into(), "B:two:three".into(), "n:{{Count}}".into()],
            4,
        )
        .expect("valid")
        .expect("some");
        let got: Vec<(&str, &str)> = h.iter().collect();
        assert_eq!(got, [("a", "1"), ("B", "two:three"), ("n", "4")]);
        assert!(parse_headers(&["novalue".into()], 1).is_err());
        assert_eq!(parse_headers(&[], 1).expect("ok"), None);
    }
}
