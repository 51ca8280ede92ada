//! Strict decoding of JetStream API requests, as nats-server 2.14's `unmarshalRequest`
//! (`server/jetstream_api.go`): with `jetstream { strict: true }` (the default) a request
//! naming a field its Go request type does not have is refused with 10025
//! `invalid JSON: json: unknown field "<name>"`, nested structs included (maps such as
//! `metadata` take any key), and a value of the wrong JSON type gets Go's
//! `json: cannot unmarshal <kind> into Go struct field <Struct>.<path> of type <type>`; the
//! first of either in document order wins, as in Go's decoder. Go's decoder also reads one
//! JSON value after another into the same request until the input ends, and matches field
//! names case-insensitively; both are kept here. With `strict: false` upstream falls back to a
//! plain `json.Unmarshal`, which ignores unknown fields and refuses trailing data.
//!
//! The shapes below list the JSON names and Go types of upstream's request types, so a field
//! rnats does not implement yet is still "known" (and refused elsewhere with a clear error)
//! rather than reported as unknown. Enums, times and maps keep their own decoding (and their
//! own error texts, which differ from upstream's custom ones).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::errors::{ApiError, JsError};

/// The JSON shape of a Go request type: field names for unknown fields, Go types for type
/// errors.
#[derive(Debug)]
pub enum Shape {
    /// A Go struct: its type name and fields.
    Struct(&'static str, &'static [Field]),
    /// A Go slice of structs: the Go type as upstream prints it, and the element.
    List(&'static str, &'static Shape),
    /// `string`.
    Str,
    /// `bool`.
    Bool,
    /// `int` (64-bit).
    Int,
    /// `int32`.
    Int32,
    /// `int64`.
    Int64,
    /// `uint64`.
    Uint64,
    /// `time.Duration` (nanoseconds).
    Dur,
    /// `[]string`.
    StrList,
    /// `[]time.Duration`.
    DurList,
    /// A map, an enum or a time with its own decoding: left to the typed decoding.
    Custom,
}

/// One field of a Go struct: its JSON name, the embedded struct it is promoted from (or ""),
/// and its shape.
pub type Field = (&'static str, &'static str, Shape);

use Shape::{Bool, Custom, Dur, DurList, Int, Int32, Int64, List, Str, StrList, Struct, Uint64};

/// Upstream `SubjectTransformConfig`.
const TRANSFORM: Shape = Struct(
    "SubjectTransformConfig",
    &[("src", "", Str), ("dest", "", Str)],
);

/// Upstream `StreamSource` (mirror and sources).
const SOURCE: Shape = Struct(
    "StreamSource",
    &[
        ("name", "", Str),
        ("opt_start_seq", "", Uint64),
        ("opt_start_time", "", Custom),
        ("filter_subject", "", Str),
        (
            "subject_transforms",
            "",
            List("[]server.SubjectTransformConfig", &TRANSFORM),
        ),
        (
            "external",
            "",
            Struct("ExternalStream", &[("api", "", Str), ("deliver", "", Str)]),
        ),
        (
            "consumer",
            "",
            Struct(
                "StreamConsumerSource",
                &[("name", "", Str), ("deliver_subject", "", Str)],
            ),
        ),
    ],
);

/// Upstream `StreamConfigRequest` (`STREAM.CREATE`, `STREAM.UPDATE`): the embedded
/// `StreamConfig` plus `pedantic`.
pub const STREAM_CONFIG_REQUEST: Shape = Struct(
    "StreamConfigRequest",
    &[
        ("name", "StreamConfig", Str),
        ("description", "StreamConfig", Str),
        ("subjects", "StreamConfig", StrList),
        ("retention", "StreamConfig", Custom),
        ("max_consumers", "StreamConfig", Int),
        ("max_msgs", "StreamConfig", Int64),
        ("max_bytes", "StreamConfig", Int64),
        ("max_age", "StreamConfig", Dur),
        ("max_msgs_per_subject", "StreamConfig", Int64),
        ("max_msg_size", "StreamConfig", Int32),
        ("discard", "StreamConfig", Custom),
        ("storage", "StreamConfig", Custom),
        ("num_replicas", "StreamConfig", Int),
        ("no_ack", "StreamConfig", Bool),
        ("duplicate_window", "StreamConfig", Dur),
        (
            "placement",
            "StreamConfig",
            Struct(
                "Placement",
                &[
                    ("cluster", "", Str),
                    ("tags", "", StrList),
                    ("preferred", "", Str),
                ],
            ),
        ),
        ("mirror", "StreamConfig", SOURCE),
        (
            "sources",
            "StreamConfig",
            List("[]*server.StreamSource", &SOURCE),
        ),
        ("compression", "StreamConfig", Custom),
        ("first_seq", "StreamConfig", Uint64),
        ("subject_transform", "StreamConfig", TRANSFORM),
        (
            "republish",
            "StreamConfig",
            Struct(
                "RePublish",
                &[
                    ("src", "", Str),
                    ("dest", "", Str),
                    ("headers_only", "", Bool),
                ],
            ),
        ),
        ("allow_direct", "StreamConfig", Bool),
        ("mirror_direct", "StreamConfig", Bool),
        ("discard_new_per_subject", "StreamConfig", Bool),
        ("sealed", "StreamConfig", Bool),
        ("deny_delete", "StreamConfig", Bool),
        ("deny_purge", "StreamConfig", Bool),
        ("allow_rollup_hdrs", "StreamConfig", Bool),
        (
            "consumer_limits",
            "StreamConfig",
            Struct(
                "StreamConsumerLimits",
                &[
                    ("inactive_threshold", "", Dur),
                    ("max_ack_pending", "", Int),
                ],
            ),
        ),
        ("allow_msg_ttl", "StreamConfig", Bool),
        ("subject_delete_marker_ttl", "StreamConfig", Dur),
        ("allow_msg_counter", "StreamConfig", Bool),
        ("allow_atomic", "StreamConfig", Bool),
        ("allow_msg_schedules", "StreamConfig", Bool),
        ("persist_mode", "StreamConfig", Custom),
        ("allow_batched", "StreamConfig", Bool),
        ("metadata", "StreamConfig", Custom),
        ("pedantic", "", Bool),
    ],
);

/// Upstream `ConsumerConfig`.
const CONSUMER_CONFIG: Shape = Struct(
    "ConsumerConfig",
    &[
        ("durable_name", "", Str),
        ("name", "", Str),
        ("description", "", Str),
        ("deliver_policy", "", Custom),
        ("opt_start_seq", "", Uint64),
        ("opt_start_time", "", Custom),
        ("ack_policy", "", Custom),
        ("ack_wait", "", Dur),
        ("max_deliver", "", Int),
        ("backoff", "", DurList),
        ("filter_subject", "", Str),
        ("filter_subjects", "", StrList),
        ("replay_policy", "", Custom),
        ("rate_limit_bps", "", Uint64),
        ("sample_freq", "", Str),
        ("max_waiting", "", Int),
        ("max_ack_pending", "", Int),
        ("flow_control", "", Bool),
        ("headers_only", "", Bool),
        ("max_batch", "", Int),
        ("max_expires", "", Dur),
        ("max_bytes", "", Int),
        ("deliver_subject", "", Str),
        ("deliver_group", "", Str),
        ("idle_heartbeat", "", Dur),
        ("inactive_threshold", "", Dur),
        ("num_replicas", "", Int),
        ("mem_storage", "", Bool),
        ("direct", "", Bool),
        ("sourcing", "", Bool),
        ("metadata", "", Custom),
        ("pause_until", "", Custom),
        ("priority_groups", "", StrList),
        ("priority_policy", "", Custom),
        ("priority_timeout", "", Dur),
    ],
);

/// Upstream `CreateConsumerRequest` (`CONSUMER.CREATE`, `CONSUMER.DURABLE.CREATE`).
pub const CONSUMER_CREATE_REQUEST: Shape = Struct(
    "CreateConsumerRequest",
    &[
        ("stream_name", "", Str),
        ("config", "", CONSUMER_CONFIG),
        ("action", "", Custom),
        ("pedantic", "", Bool),
    ],
);

/// Upstream `JSApiStreamInfoRequest`.
pub const STREAM_INFO_REQUEST: Shape = Struct(
    "JSApiStreamInfoRequest",
    &[
        ("offset", "ApiPagedRequest", Int),
        ("deleted_details", "", Bool),
        ("subjects_filter", "", Str),
    ],
);

/// Upstream `JSApiStreamNamesRequest` and `JSApiStreamListRequest`.
pub const STREAM_NAMES_REQUEST: Shape = Struct(
    "JSApiStreamNamesRequest",
    &[("offset", "ApiPagedRequest", Int), ("subject", "", Str)],
);

/// Upstream `JSApiStreamListRequest`.
pub const STREAM_LIST_REQUEST: Shape = Struct(
    "JSApiStreamListRequest",
    &[("offset", "ApiPagedRequest", Int), ("subject", "", Str)],
);

/// Upstream `JSApiConsumerPauseRequest` (`CONSUMER.PAUSE`).
pub const CONSUMER_PAUSE_REQUEST: Shape =
    Struct("JSApiConsumerPauseRequest", &[("pause_until", "", Custom)]);

/// Upstream `JSApiConsumersRequest` (`CONSUMER.NAMES`, `CONSUMER.LIST`): only `offset`.
pub const CONSUMER_LIST_REQUEST: Shape = Struct(
    "JSApiConsumersRequest",
    &[("offset", "ApiPagedRequest", Int)],
);

/// Upstream `JSApiStreamPurgeRequest`.
pub const PURGE_REQUEST: Shape = Struct(
    "JSApiStreamPurgeRequest",
    &[
        ("seq", "", Uint64),
        ("filter", "", Str),
        ("keep", "", Uint64),
    ],
);

/// Upstream `JSApiMsgDeleteRequest`.
pub const MSG_DELETE_REQUEST: Shape = Struct(
    "JSApiMsgDeleteRequest",
    &[("seq", "", Uint64), ("no_erase", "", Bool)],
);

/// Upstream `JSApiMsgGetRequest`.
pub const MSG_GET_REQUEST: Shape = Struct(
    "JSApiMsgGetRequest",
    &[
        ("seq", "", Uint64),
        ("last_by_subj", "", Str),
        ("next_by_subj", "", Str),
        ("batch", "", Int),
        ("max_bytes", "", Int),
        ("start_time", "", Custom),
        ("multi_last", "", StrList),
        ("up_to_seq", "", Uint64),
        ("up_to_time", "", Custom),
        ("no_hdr", "", Bool),
    ],
);

/// Go's name for the kind of a JSON value in type errors.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Where a value sits, for Go's `Go struct field <Struct>.<path>` in type errors.
struct Ctx<'a> {
    /// The struct type being decoded.
    strukt: &'a str,
    /// JSON names (and embedded struct names) from the request down to the value.
    path: &'a str,
}

impl Ctx<'_> {
    fn mismatch(&self, what: &str, go_type: &str) -> String {
        format!(
            "json: cannot unmarshal {what} into Go struct field {}.{} of type {go_type}",
            self.strukt, self.path
        )
    }
}

/// Checks a number against a Go integer type: `None` when it fits.
fn int_error(
    v: &Value,
    ctx: &Ctx,
    go_type: &str,
    fits: impl Fn(&serde_json::Number) -> bool,
) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Number(n) if fits(n) => None,
        Value::Number(n) => Some(ctx.mismatch(&format!("number {n}"), go_type)),
        other => Some(ctx.mismatch(kind(other), go_type)),
    }
}

impl Shape {
    /// Checks `value` as this Go type, renaming keys to the field names they match
    /// case-insensitively (Go's fallback match); returns the first error in document order,
    /// depth first, as Go's decoder reports it: an unknown field or a type mismatch.
    fn check(&self, value: &mut Value, ctx: &Ctx) -> Option<String> {
        let is_i64 = |n: &serde_json::Number| n.as_i64().is_some();
        match self {
            Struct(name, fields) => match value {
                Value::Object(map) => check_struct(name, fields, map, ctx.path),
                Value::Null => None,
                other => Some(ctx.mismatch(kind(other), &format!("server.{name}"))),
            },
            List(go_type, inner) => match value {
                Value::Array(items) => items.iter_mut().find_map(|v| inner.check(v, ctx)),
                Value::Null => None,
                other => Some(ctx.mismatch(kind(other), go_type)),
            },
            Str => match value {
                Value::String(_) | Value::Null => None,
                other => Some(ctx.mismatch(kind(other), "string")),
            },
            Bool => match value {
                Value::Bool(_) | Value::Null => None,
                other => Some(ctx.mismatch(kind(other), "bool")),
            },
            Int => int_error(value, ctx, "int", is_i64),
            Int64 => int_error(value, ctx, "int64", is_i64),
            Dur => int_error(value, ctx, "time.Duration", is_i64),
            Int32 => int_error(value, ctx, "int32", |n| {
                n.as_i64().is_some_and(|v| i32::try_from(v).is_ok())
            }),
            Uint64 => int_error(value, ctx, "uint64", |n| n.as_u64().is_some()),
            StrList => match value {
                Value::Array(items) => items.iter_mut().find_map(|v| Str.check(v, ctx)),
                Value::Null => None,
                other => Some(ctx.mismatch(kind(other), "[]string")),
            },
            DurList => match value {
                Value::Array(items) => items.iter_mut().find_map(|v| Dur.check(v, ctx)),
                Value::Null => None,
                other => Some(ctx.mismatch(kind(other), "[]time.Duration")),
            },
            Custom => None,
        }
    }
}

/// [`Shape::check`] for the fields of struct `name`, found under `path`.
fn check_struct(
    name: &str,
    fields: &[Field],
    map: &mut Map<String, Value>,
    path: &str,
) -> Option<String> {
    let mut first = None;
    let old = std::mem::take(map);
    let mut out = Map::with_capacity(old.len());
    for (key, mut v) in old {
        let field = fields.iter().find(|(json, _, _)| *json == key).or_else(|| {
            fields
                .iter()
                .find(|(json, _, _)| json.eq_ignore_ascii_case(&key))
        });
        match field {
            Some((json, embedded, shape)) => {
                if first.is_none() {
                    let path = [path, embedded, json]
                        .iter()
                        .filter(|p| !p.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(".");
                    first = shape.check(
                        &mut v,
                        &Ctx {
                            strukt: name,
                            path: &path,
                        },
                    );
                }
                out.insert((*json).to_string(), v);
            }
            None => {
                first.get_or_insert_with(|| format!("json: unknown field {key:?}"));
                out.insert(key, v);
            }
        }
    }
    *map = out;
    first
}

impl Shape {
    /// Checks a whole request body (one JSON value) as this top-level type.
    fn check_request(&self, value: &mut Value) -> Option<String> {
        match (self, value) {
            (Struct(name, fields), Value::Object(map)) => check_struct(name, fields, map, ""),
            (Struct(_, _), Value::Null) => None,
            (Struct(name, _), other) => Some(format!(
                "json: cannot unmarshal {} into Go value of type server.{name}",
                kind(other)
            )),
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
        if let Some(e) = shape.check_request(&mut value) {
            return Err(invalid(&e));
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
    fn type_errors_as_go_in_document_order() {
        let s = &STREAM_CONFIG_REQUEST;
        let cases = [
            (
                r#"{"name":"T","max_msgs":"x","bogus":1}"#,
                "json: cannot unmarshal string into Go struct field StreamConfigRequest.StreamConfig.max_msgs of type int64",
            ),
            (r#"{"name":"T","bogus":1,"max_msgs":"x"}"#, "json: unknown field \"bogus\""),
            (
                r#"{"placement":{"tags":[1]}}"#,
                "json: cannot unmarshal number into Go struct field Placement.StreamConfig.placement.tags of type string",
            ),
            (
                r#"{"sources":[{"name":1}]}"#,
                "json: cannot unmarshal number into Go struct field StreamSource.StreamConfig.sources.name of type string",
            ),
            (
                r#"{"max_msgs":1.5}"#,
                "json: cannot unmarshal number 1.5 into Go struct field StreamConfigRequest.StreamConfig.max_msgs of type int64",
            ),
            (
                r#"{"subjects":"a"}"#,
                "json: cannot unmarshal string into Go struct field StreamConfigRequest.StreamConfig.subjects of type []string",
            ),
            ("[1]", "json: cannot unmarshal array into Go value of type server.StreamConfigRequest"),
        ];
        for (body, want) in cases {
            assert_eq!(err(body, s), format!("invalid JSON: {want}"), "{body}");
        }
        assert_eq!(
            err(r#"{"stream_name":"T","config":{"backoff":["x"]}}"#, &CONSUMER_CREATE_REQUEST),
            "invalid JSON: json: cannot unmarshal string into Go struct field ConsumerConfig.config.backoff of type time.Duration"
        );
        assert_eq!(
            err(r#"{"seq":-1}"#, &MSG_GET_REQUEST),
            "invalid JSON: json: cannot unmarshal number -1 into Go struct field JSApiMsgGetRequest.seq of type uint64"
        );
        assert_eq!(
            err(r#"{"offset":"x"}"#, &STREAM_INFO_REQUEST),
            "invalid JSON: json: cannot unmarshal string into Go struct field JSApiStreamInfoRequest.ApiPagedRequest.offset of type int"
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
        assert_eq!(STREAM_CONFIG_REQUEST.check_request(&mut v), None, "{v}");
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
        assert_eq!(CONSUMER_CREATE_REQUEST.check_request(&mut v), None, "{v}");
    }
}
