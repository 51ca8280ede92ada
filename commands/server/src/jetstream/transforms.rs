//! A stream's own subject transforms: `subject_transform` (applied to a published subject
//! before anything else) and `republish` (once stored, a copy goes to a transformed subject
//! with the stream's headers). Upstream: `server/stream.go` `checkStreamCfg` for the checks,
//! `processJetStreamMsg` for the behaviour (ADR-28 republish, ADR-30 subject transforms).
//!
//! The JSON stays raw in [`StreamConfig`]; [`check`] validates and canonicalises it, and
//! [`Transforms::compile`] builds what the publish path runs.

use rnats_proto::jetstream::sourcing::{RePublish, SubjectTransformConfig};
use rnats_proto::subject::{is_valid_publish_subject, is_valid_subject, overlap};

use super::config::StreamConfig;
use super::errors::{ApiError, JsError};
use crate::transform::{validate_destination, SubjectTransform};

fn invalid(text: impl Into<String>) -> ApiError {
    ApiError::text(JsError::StreamInvalidConfig, text.into())
}

/// Parses a raw config field; a field that does not parse is upstream's JSON error.
pub fn parse_field<T: serde::de::DeserializeOwned>(
    v: &serde_json::Value,
) -> Result<Option<T>, ApiError> {
    if v.is_null() {
        return Ok(None);
    }
    serde_json::from_value(v.clone())
        .map(Some)
        .map_err(|e| ApiError::text(JsError::InvalidJson, e))
}

/// Refuses a field `v` (an object) does not know, as nats-server's strict decoding of these
/// configs does: `invalid JSON: json: unknown field "x"`.
pub fn known_fields(v: &serde_json::Value, known: &[&str]) -> Result<(), ApiError> {
    if let Some(unknown) = v
        .as_object()
        .and_then(|o| o.keys().find(|k| !known.contains(&k.as_str())))
    {
        return Err(ApiError::text(
            JsError::InvalidJson,
            format!("json: unknown field {unknown:?}"),
        ));
    }
    Ok(())
}

/// Fields of `SubjectTransformConfig`.
pub const TRANSFORM_FIELDS: &[&str] = &["src", "dest"];

/// Checks `subject_transform` and `republish` (after the subjects were checked) and writes
/// them back as upstream answers them (`republish.src` defaults to `>`); in `pedantic` mode
/// a republish the server would rewrite is refused instead.
pub fn check(cfg: &mut StreamConfig, pedantic: bool) -> Result<(), ApiError> {
    known_fields(&cfg.subject_transform, TRANSFORM_FIELDS)?;
    known_fields(&cfg.republish, &["src", "dest", "headers_only"])?;
    let st: Option<SubjectTransformConfig> = parse_field(&cfg.subject_transform)?;
    if let Some(st) = &st {
        if !st.src.is_empty() && !is_valid_subject(st.src.as_bytes()) {
            return Err(ApiError::text(
                JsError::StreamTransformInvalidSource,
                format!("invalid subject {}", st.src),
            ));
        }
        validate_destination(&st.src, &st.dest)
            .map_err(|e| ApiError::text(JsError::StreamTransformInvalidDestination, e))?;
        cfg.subject_transform = to_value(st);
    }
    let Some(mut rp) = parse_field::<RePublish>(&cfg.republish)? else {
        return Ok(());
    };
    if rp.src.is_empty() {
        if pedantic {
            return Err(super::errors::pedantic("republish source can not be empty"));
        }
        rp.src = ">".into();
    }
    // A republish of `>` to `>` follows the transform when the transform's source is the only
    // stream subject: messages are republished under their transformed subject.
    if let Some(st) = &st {
        if rp.dest == ">" && rp.src == ">" && cfg.subjects.len() == 1 && st.src == cfg.subjects[0] {
            if pedantic {
                return Err(super::errors::pedantic(
                    "implicit republish based on subject transform",
                ));
            }
            rp.src = st.dest.clone();
            rp.dest = st.dest.clone();
        }
    }
    if cfg
        .subjects
        .iter()
        .any(|s| overlap(rp.dest.as_bytes(), s.as_bytes()))
    {
        return Err(invalid(
            "stream configuration for republish destination forms a cycle",
        ));
    }
    if SubjectTransform::new(&rp.src, &rp.dest).is_err() {
        return Err(invalid(format!(
            "stream configuration for republish with transform from '{}' to '{}' not valid",
            rp.src, rp.dest
        )));
    }
    cfg.republish = to_value(&rp);
    Ok(())
}

fn to_value<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// What the publish path applies, compiled once per config.
#[derive(Debug, Default)]
pub struct Transforms {
    /// `subject_transform`: a matching subject is stored transformed.
    pub input: Option<SubjectTransform>,
    /// `republish`, and whether only headers go out.
    pub republish: Option<(SubjectTransform, bool)>,
}

impl Transforms {
    /// Compiles a checked config's transforms (invalid ones, impossible after [`check`], are
    /// left out).
    pub fn compile(cfg: &StreamConfig) -> Transforms {
        let input = parse_field::<SubjectTransformConfig>(&cfg.subject_transform)
            .ok()
            .flatten()
            .and_then(|st| SubjectTransform::new(&st.src, &st.dest).ok())
            .filter(|t| !t.is_noop());
        let republish = parse_field::<RePublish>(&cfg.republish)
            .ok()
            .flatten()
            .and_then(|rp| {
                SubjectTransform::new(&rp.src, &rp.dest)
                    .ok()
                    .filter(|t| !t.is_noop())
                    .map(|t| (t, rp.headers_only))
            });
        Transforms { input, republish }
    }

    /// The subject a message published to `subject` is stored under.
    pub fn stored_subject(&self, subject: String) -> String {
        match self
            .input
            .as_ref()
            .and_then(|t| t.apply(subject.as_bytes()))
        {
            Some(s) => String::from_utf8(s).unwrap_or(subject),
            None => subject,
        }
    }

    /// Where a message stored under `subject` is republished, if anywhere: a destination
    /// that is no valid publish subject suppresses the republish, as upstream does.
    pub fn republish_subject(&self, subject: &str) -> Option<(Vec<u8>, bool)> {
        let (t, headers_only) = self.republish.as_ref()?;
        let to = t.apply(subject.as_bytes())?;
        is_valid_publish_subject(&to).then_some((to, *headers_only))
    }
}

/// The header block of a republished message (upstream `processJetStreamMsg`): the stored
/// headers (if any) followed by `Nats-Stream`, `Nats-Subject`, `Nats-Sequence`,
/// `Nats-Time-Stamp`, `Nats-Last-Sequence` (the subject's previous sequence) and, headers
/// only, `Nats-Msg-Size`.
pub fn republish_headers(
    stored: &[u8],
    stream: &str,
    subject: &str,
    seq: u64,
    time: &str,
    last_seq: u64,
    size: Option<usize>,
) -> Vec<u8> {
    let mut hdr = Vec::with_capacity(stored.len() + 160);
    if stored.len() >= 2 {
        hdr.extend_from_slice(&stored[..stored.len() - 2]);
    } else {
        hdr.extend_from_slice(b"NATS/1.0\r\n");
    }
    hdr.extend_from_slice(
        format!(
            "Nats-Stream: {stream}\r\nNats-Subject: {subject}\r\nNats-Sequence: {seq}\r\nNats-Time-Stamp: {time}\r\nNats-Last-Sequence: {last_seq}\r\n"
        )
        .as_bytes(),
    );
    if let Some(size) = size {
        hdr.extend_from_slice(format!("Nats-Msg-Size: {size}\r\n").as_bytes());
    }
    hdr.extend_from_slice(b"\r\n");
    hdr
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(json: &str) -> StreamConfig {
        serde_json::from_str(json).expect("config")
    }

    #[test]
    fn checks_give_upstream_errors() {
        let mut c =
            cfg(r#"{"name":"S","subjects":["a.>"],"subject_transform":{"src":"a..b","dest":"x"}}"#);
        let e = check(&mut c, false).expect_err("bad source");
        assert_eq!(
            (e.err_code, e.description.as_str()),
            (10155, "stream transform source: invalid subject a..b")
        );
        let mut c = cfg(
            r#"{"name":"S","subjects":["a.*"],"subject_transform":{"src":"a.*","dest":"x.{{nope(1)}}"}}"#,
        );
        let e = check(&mut c, false).expect_err("bad dest");
        assert_eq!(e.err_code, 10156);
        let mut c = cfg(r#"{"name":"S","subjects":["a.>"],"republish":{"dest":"a.x"}}"#);
        let e = check(&mut c, false).expect_err("cycle");
        assert_eq!(
            e.description,
            "stream configuration for republish destination forms a cycle"
        );
    }

    #[test]
    fn republish_defaults_and_headers() {
        let mut c = cfg(r#"{"name":"S","subjects":["a.>"],"republish":{"dest":"rp.>"}}"#);
        check(&mut c, false).expect("valid");
        assert_eq!(c.republish, serde_json::json!({"src":">","dest":"rp.>"}));
        let t = Transforms::compile(&c);
        assert_eq!(
            t.republish_subject("a.b"),
            Some((b"rp.a.b".to_vec(), false))
        );
        let h = republish_headers(b"", "S", "a.b", 3, "T", 1, Some(5));
        assert_eq!(
            h,
            b"NATS/1.0\r\nNats-Stream: S\r\nNats-Subject: a.b\r\nNats-Sequence: 3\r\nNats-Time-Stamp: T\r\nNats-Last-Sequence: 1\r\nNats-Msg-Size: 5\r\n\r\n"
        );
        let h = republish_headers(b"NATS/1.0\r\nA: b\r\n\r\n", "S", "a", 1, "T", 0, None);
        assert!(h.starts_with(b"NATS/1.0\r\nA: b\r\nNats-Stream: S\r\n"));
    }

    #[test]
    fn input_transform() {
        let mut c = cfg(
            r#"{"name":"S","subjects":["in.*"],"subject_transform":{"src":"in.*","dest":"out.{{wildcard(1)}}"}}"#,
        );
        check(&mut c, false).expect("valid");
        let t = Transforms::compile(&c);
        assert_eq!(t.stored_subject("in.x".into()), "out.x");
        assert_eq!(t.stored_subject("other".into()), "other");
    }
}
