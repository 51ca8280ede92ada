//! Strict decoding of JetStream API requests, as nats-server 2.14's `unmarshalRequest`
//! (`server/jetstream_api.go`): with `jetstream { strict: true }` (the default) a request
//! naming a field its Go request type does not have is refused with 10025
//! `invalid JSON: json: unknown field "<name>"`, nested structs included (maps such as
//! `metadata` take any key). Go's decoder also reads one JSON value after another into the same
//! request until the input ends, and matches field names case-insensitively; both are kept
//! here. With `strict: false` upstream falls back to a plain `json.Unmarshal`, which ignores
//! unknown fields and refuses trailing data.
//!
//! The shapes below list the JSON names of upstream's request types, so a field rnats does not
//! implement yet is still "known" (and refused elsewhere with a clear error) rather than
//! reported as unknown. Type errors are left to the typed decoding that follows.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::errors::{ApiError, JsError};

/// The JSON shape of a Go request type, as far as unknown fields go.
#[derive(Debug)]
pub enum Shape {
    /// A Go struct: its JSON field names and their shapes.
    Struct(&'static [(&'static str, Shape)]),
    /// A Go slice of the inner shape.
    List(&'static Shape),
    /// A scalar, a map (any keys) or a custom-decoded type: nothing to check.
    Any,
}

use Shape::{Any, List, Struct};

/// Upstream `SubjectTransformConfig`.
const TRANSFORM: Shape = Struct(&[("src", Any), ("dest", Any)]);

/// Upstream `StreamSource` (mirror and sources).
const SOURCE: Shape = Struct(&[
    ("name", Any),
    ("opt_start_seq", Any),
    ("opt_start_time", Any),
    ("filter_subject", Any),
    ("subject_transforms", List(&TRANSFORM)),
    ("external", Struct(&[("api", Any), ("deliver", Any)])),
    (
        "consumer",
        Struct(&[("name", Any), ("deliver_subject", Any)]),
    ),
]);

/// Upstream `StreamConfig` fields.
macro_rules! stream_config_fields {
    ($($extra:tt)*) => {
        &[
            ("name", Any),
            ("description", Any),
            ("subjects", Any),
            ("retention", Any),
            ("max_consumers", Any),
            ("max_msgs", Any),
            ("max_bytes", Any),
            ("max_age", Any),
            ("max_msgs_per_subject", Any),
            ("max_msg_size", Any),
            ("discard", Any),
            ("storage", Any),
            ("num_replicas", Any),
            ("no_ack", Any),
            ("duplicate_window", Any),
            (
                "placement",
                Struct(&[("cluster", Any), ("tags", Any), ("preferred", Any)]),
            ),
            ("mirror", SOURCE),
            ("sources", List(&SOURCE)),
            ("compression", Any),
            ("first_seq", Any),
            ("subject_transform", TRANSFORM),
            (
                "republish",
                Struct(&[("src", Any), ("dest", Any), ("headers_only", Any)]),
            ),
            ("allow_direct", Any),
            ("mirror_direct", Any),
            ("discard_new_per_subject", Any),
            ("sealed", Any),
            ("deny_delete", Any),
            ("deny_purge", Any),
            ("allow_rollup_hdrs", Any),
            (
                "consumer_limits",
                Struct(&[("inactive_threshold", Any), ("max_ack_pending", Any)]),
            ),
            ("allow_msg_ttl", Any),
            ("subject_delete_marker_ttl", Any),
            ("allow_msg_counter", Any),
            ("allow_atomic", Any),
            ("allow_msg_schedules", Any),
            ("persist_mode", Any),
            ("allow_batched", Any),
            ("metadata", Any),
            $($extra)*
        ]
    };
}

/// Upstream `StreamConfigRequest` (`STREAM.CREATE`, `STREAM.UPDATE`): the stream config plus
/// `pedantic`.
pub const STREAM_CONFIG_REQUEST: Shape = Struct(stream_config_fields!(("pedantic", Any)));

/// Upstream `ConsumerConfig`.
const CONSUMER_CONFIG: Shape = Struct(&[
    ("durable_name", Any),
    ("name", Any),
    ("description", Any),
    ("deliver_policy", Any),
    ("opt_start_seq", Any),
    ("opt_start_time", Any),
    ("ack_policy", Any),
    ("ack_wait", Any),
    ("max_deliver", Any),
    ("backoff", Any),
    ("filter_subject", Any),
    ("filter_subjects", Any),
    ("replay_policy", Any),
    ("rate_limit_bps", Any),
    ("sample_freq", Any),
    ("max_waiting", Any),
    ("max_ack_pending", Any),
    ("flow_control", Any),
    ("headers_only", Any),
    ("max_batch", Any),
    ("max_expires", Any),
    ("max_bytes", Any),
    ("deliver_subject", Any),
    ("deliver_group", Any),
    ("idle_heartbeat", Any),
    ("inactive_threshold", Any),
    ("num_replicas", Any),
    ("mem_storage", Any),
    ("direct", Any),
    ("sourcing", Any),
    ("metadata", Any),
    ("pause_until", Any),
    ("priority_groups", Any),
    ("priority_policy", Any),
    ("priority_timeout", Any),
]);

/// Upstream `CreateConsumerRequest` (`CONSUMER.CREATE`, `CONSUMER.DURABLE.CREATE`).
pub const CONSUMER_CREATE_REQUEST: Shape = Struct(&[
    ("stream_name", Any),
    ("config", CONSUMER_CONFIG),
    ("action", Any),
    ("pedantic", Any),
]);

/// Upstream `JSApiStreamInfoRequest`.
pub const STREAM_INFO_REQUEST: Shape = Struct(&[
    ("offset", Any),
    ("deleted_details", Any),
    ("subjects_filter", Any),
]);

/// Upstream `JSApiStreamNamesRequest` and `JSApiStreamListRequest`.
pub const STREAM_LIST_REQUEST: Shape = Struct(&[("offset", Any), ("subject", Any)]);

/// Upstream `JSApiConsumersRequest` (`CONSUMER.NAMES`, `CONSUMER.LIST`): only `offset`.
pub const CONSUMER_LIST_REQUEST: Shape = Struct(&[("offset", Any)]);

/// Upstream `JSApiStreamPurgeRequest`.
pub const PURGE_REQUEST: Shape = Struct(&[("seq", Any), ("filter", Any), ("keep", Any)]);

/// Upstream `JSApiMsgDeleteRequest`.
pub const MSG_DELETE_REQUEST: Shape = Struct(&[("seq", Any), ("no_erase", Any)]);

/// Upstream `JSApiMsgGetRequest`.
pub const MSG_GET_REQUEST: Shape = Struct(&[
    ("seq", Any),
    ("last_by_subj", Any),
    ("next_by_subj", Any),
    ("batch", Any),
    ("max_bytes", Any),
    ("start_time", Any),
    ("multi_last", Any),
    ("up_to_seq", Any),
    ("up_to_time", Any),
    ("no_hdr", Any),
]);

impl Shape {
    /// Renames keys to the field names they match case-insensitively (Go's fallback match)
    /// and returns the first unknown field in document order, depth first, as Go's decoder
    /// reports it.
    fn canonicalize(&self, value: &mut Value) -> Option<String> {
        match (self, value) {
            (Struct(fields), Value::Object(map)) => {
                let mut unknown = None;
                let old = std::mem::take(map);
                let mut out = Map::with_capacity(old.len());
                for (key, mut v) in old {
                    let field = fields
                        .iter()
                        .find(|(name, _)| *name == key)
                        .or_else(|| fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(&key)));
                    match field {
                        Some((name, shape)) => {
                            if let Some(u) = shape.canonicalize(&mut v) {
                                unknown.get_or_insert(u);
                            }
                            out.insert((*name).to_string(), v);
                        }
                        None => {
                            unknown.get_or_insert(key.clone());
                            out.insert(key, v);
                        }
                    }
                }
                *map = out;
                unknown
            }
            (List(inner), Value::Array(items)) => {
                items.iter_mut().find_map(|v| inner.canonicalize(v))
            }
            _ => None,
        }
    }
}

/// Go's decoding of consecutive values into one struct: fields of a later object replace or
/// (for nested objects, structs and maps alike) merge into the earlier ones; `null` leaves a
/// field as it was.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (_, Value::Null) => {}
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

/// Decodes an API request body as upstream does. An empty body or JSON `null` (what clients
/// send for "no arguments") is the type's default. With `strict`, fields `shape` does not
/// know are refused and consecutive JSON values are read into one request; without it the
/// body must be one JSON value and unknown fields are ignored.
pub fn parse_request<T: DeserializeOwned + Default>(
    payload: &[u8],
    shape: &Shape,
    strict: bool,
) -> Result<T, ApiError> {
    let trimmed = payload.trim_ascii();
    if trimmed.is_empty() || trimmed == b"null" {
        return Ok(T::default());
    }
    let invalid = |e: &dyn std::fmt::Display| ApiError::text(JsError::InvalidJson, e);
    if !strict {
        return serde_json::from_slice(payload).map_err(|e| invalid(&e));
    }
    let mut merged = Value::Null;
    for value in serde_json::Deserializer::from_slice(payload).into_iter::<Value>() {
        let mut value = value.map_err(|e| invalid(&e))?;
        if let Some(field) = shape.canonicalize(&mut value) {
            return Err(invalid(&format_args!("json: unknown field {field:?}")));
        }
        merge(&mut merged, value);
    }
    if merged.is_null() {
        return Ok(T::default());
    }
    serde_json::from_value(merged).map_err(|e| invalid(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Probe {
        name: String,
        subjects: Vec<String>,
        metadata: std::collections::BTreeMap<String, String>,
    }

    fn err(payload: &str, shape: &Shape) -> String {
        match parse_request::<Value>(payload.as_bytes(), shape, true) {
            Ok(v) => panic!("{payload} accepted as {v}"),
            Err(e) => serde_json::to_value(e).expect("json")["description"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        }
    }

    #[test]
    fn unknown_fields_first_in_document_order_at_any_depth() {
        let s = &STREAM_CONFIG_REQUEST;
        let unknown = |f: &str| format!("invalid JSON: json: unknown field \"{f}\"");
        assert_eq!(err(r#"{"name":"S","zzz":1,"aaa":2}"#, s), unknown("zzz"));
        assert_eq!(err(r#"{"placement":{"bogus":1}}"#, s), unknown("bogus"));
        assert_eq!(
            err(r#"{"sources":[{"name":"A"},{"name":"B","x":1}]}"#, s),
            unknown("x")
        );
        assert_eq!(
            err(
                r#"{"mirror":{"subject_transforms":[{"src":">","y":1}]}}"#,
                s
            ),
            unknown("y")
        );
        assert_eq!(err(r#"{"name":"S"} {"late":1}"#, s), unknown("late"));
        assert_eq!(
            err(
                r#"{"stream_name":"S","config":{"bogus":1}}"#,
                &CONSUMER_CREATE_REQUEST
            ),
            unknown("bogus")
        );
        // `subject` filters stream listings only.
        assert_eq!(
            err(r#"{"subject":"x"}"#, &CONSUMER_LIST_REQUEST),
            unknown("subject")
        );
    }

    #[test]
    fn maps_case_and_consecutive_values_as_go() {
        let p: Probe = parse_request(
            br#"{"NAME":"S","Subjects":["a"],"metadata":{"any":"x"}} {"name":"T"}"#,
            &STREAM_CONFIG_REQUEST,
            true,
        )
        .expect("accepted");
        assert_eq!(p.name, "T");
        assert_eq!(p.subjects, ["a"]);
        assert_eq!(p.metadata.get("any").map(String::as_str), Some("x"));
        let p: Probe = parse_request(b" null ", &STREAM_CONFIG_REQUEST, true).expect("null");
        assert_eq!(p, Probe::default());
    }

    #[test]
    fn lenient_mode_ignores_unknown_fields_but_not_trailing_values() {
        let p: Probe = parse_request(br#"{"name":"S","bogus":1}"#, &STREAM_CONFIG_REQUEST, false)
            .expect("accepted");
        assert_eq!(p.name, "S");
        assert!(
            parse_request::<Probe>(br#"{"name":"S"} {}"#, &STREAM_CONFIG_REQUEST, false).is_err()
        );
    }

    /// What rnats' own client sends must pass 2.14's strict decoding.
    #[test]
    fn rnats_client_configs_are_strictly_valid() {
        use rnats_proto::jetstream::config::{ConsumerConfig, StreamConfig};
        let stream: StreamConfig = serde_json::from_value(serde_json::json!({
            "name": "S", "description": "d", "subjects": ["a"], "max_consumers": 1,
            "max_msgs": 1, "max_bytes": 1, "max_age": 1, "max_msgs_per_subject": 1,
            "max_msg_size": 1, "num_replicas": 1, "no_ack": true, "duplicate_window": 1,
            "placement": {"cluster": "c"}, "mirror": {"name": "M"}, "sources": [{"name": "X"}],
            "first_seq": 5, "subject_transform": {"src": "a", "dest": "b"},
            "republish": {"src": "a", "dest": "b"}, "allow_direct": true, "mirror_direct": true,
            "sealed": true, "deny_delete": true, "deny_purge": true, "allow_rollup_hdrs": true,
            "consumer_limits": {"max_ack_pending": 1}, "discard_new_per_subject": true,
            "allow_msg_ttl": true, "subject_delete_marker_ttl": 1, "allow_msg_counter": true,
            "allow_atomic": true, "allow_batched": true, "allow_msg_schedules": true,
            "persist_mode": "async", "metadata": {"k": "v"}
        }))
        .expect("stream config");
        let mut v = serde_json::to_value(&stream).expect("json");
        assert_eq!(STREAM_CONFIG_REQUEST.canonicalize(&mut v), None, "{v}");
        let consumer: ConsumerConfig = serde_json::from_value(serde_json::json!({
            "durable_name": "D", "name": "D", "description": "d", "deliver_policy": "by_start_sequence",
            "opt_start_seq": 3, "ack_policy": "explicit", "ack_wait": 1, "max_deliver": 2,
            "backoff": [1], "filter_subjects": ["a", "b"], "rate_limit_bps": 1,
            "sample_freq": "10%", "max_waiting": 1, "max_ack_pending": 1, "flow_control": true,
            "headers_only": true, "max_batch": 1, "max_expires": 1, "max_bytes": 1,
            "deliver_subject": "d", "deliver_group": "g", "idle_heartbeat": 1,
            "inactive_threshold": 1, "num_replicas": 1, "mem_storage": true,
            "metadata": {"k": "v"}, "priority_groups": ["g"], "priority_policy": "pinned_client",
            "priority_timeout": 1
        }))
        .expect("consumer config");
        let mut v = serde_json::json!({"stream_name": "S", "config": consumer, "action": "create"});
        assert_eq!(CONSUMER_CREATE_REQUEST.canonicalize(&mut v), None, "{v}");
    }
}
