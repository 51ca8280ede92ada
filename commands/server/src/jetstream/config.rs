//! Stream configuration: normalisation and validation of the `StreamConfig` JSON (upstream
//! `checkStreamCfg`), which turns a request into the config a stream runs with. The type
//! itself (field names and defaults of nats-server `server/stream.go`) lives in
//! `rnats_proto::jetstream`, shared with the CLI; [`StreamConfigExt`] adds the server's side.
#![deny(clippy::arithmetic_side_effects)]

use std::time::Duration;

use super::errors::{ApiError, JsError};
use super::store::{DiscardPolicy, StorageKind, StreamLimits};

/// Default `duplicate_window`: two minutes.
pub const DEFAULT_DUPLICATE_WINDOW: i64 = 120_000_000_000;
/// Longest stream name accepted.
pub const MAX_NAME_LEN: usize = 255;
/// Longest description accepted.
pub const MAX_DESCRIPTION_LEN: usize = 4 * 1024;
/// Shortest `max_age` and `duplicate_window` accepted (100 ms), in ns.
const MIN_WINDOW: i64 = 100_000_000;
/// Most replicas a stream config may ask for.
pub const MAX_REPLICAS: i64 = 5;
/// JetStream API level this server implements (`_nats.level`, `$JS.API.INFO` `api.level`).
pub const API_LEVEL: u32 = 4;

pub use rnats_proto::jetstream::{
    Compression, Discard, PersistMode, Retention, Storage, StreamConfig,
};

/// Upstream's `placement` handling on a server without clustering (`checkStreamCfg`, last
/// step): an all-empty placement (`{}`, `{"cluster":""}`) is dropped, a `preferred` server is
/// refused, anything else is kept as given (empty fields omitted) and has no effect. A
/// `tags: []` is not Go's zero value, so `{"tags":[]}` stays as `{}`.
fn normalize_placement(v: serde_json::Value) -> Result<serde_json::Value, ApiError> {
    use serde_json::Value;
    let Value::Object(m) = v else {
        return Ok(Value::Null);
    };
    let text = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let (cluster, preferred) = (text("cluster"), text("preferred"));
    let tags = m.get("tags").and_then(Value::as_array);
    if cluster.is_empty() && preferred.is_empty() && tags.is_none() {
        return Ok(Value::Null);
    }
    if !preferred.is_empty() {
        return Err(invalid("preferred server not permitted in placement"));
    }
    let mut out = serde_json::Map::new();
    if !cluster.is_empty() {
        out.insert("cluster".into(), Value::String(cluster));
    }
    if let Some(t) = tags.filter(|t| !t.is_empty()) {
        out.insert("tags".into(), Value::Array(t.clone()));
    }
    Ok(Value::Object(out))
}

fn invalid(text: impl Into<String>) -> ApiError {
    ApiError::text(JsError::StreamInvalidConfig, text.into())
}

/// Checks a stream name: [`JsError::StreamNameContainsPathSeparators`] for `/` or `\`,
/// [`JsError::StreamInvalidConfig`] when empty, too long or holding `.`, `*`, `>` or
/// whitespace.
pub fn check_name(name: &str) -> Result<(), ApiError> {
    if name.contains(['/', '\\']) {
        return Err(ApiError::new(JsError::StreamNameContainsPathSeparators));
    }
    if name.is_empty()
        || name
            .chars()
            .any(|c| matches!(c, '.' | '*' | '>') || c.is_whitespace())
    {
        return Err(invalid(
            "stream name is required and can not contain '.', '*', '>', '\\', '/'",
        ));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(invalid(format!(
            "stream name is too long, maximum allowed is {MAX_NAME_LEN}"
        )));
    }
    Ok(())
}

/// Whether some subject matches both `a` and `b` (wildcards allowed in both).
pub fn subjects_overlap(a: &str, b: &str) -> bool {
    rnats_proto::subject::overlap(a.as_bytes(), b.as_bytes())
}

/// What a stream config is checked against besides itself: the request's `pedantic` flag and
/// the server's `jetstream.limits.duplicate_window` (ns, 0 = none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checks {
    /// Refuse what would be defaulted or capped (upstream `JSPedanticErrF`).
    pub pedantic: bool,
    /// The server's longest duplicate window, 0 for none.
    pub max_duplicates: i64,
}

/// Go's `time.Duration.String` of `ns` nanoseconds (`1m0s`, `1.5s`, `100ms`).
pub fn go_duration(ns: i64) -> String {
    rnats_proto::kit::format::duration_string(Duration::from_nanos(u64::try_from(ns).unwrap_or(0)))
}

/// The server's side of [`StreamConfig`]: normalisation, validation and the store's view.
pub trait StreamConfigExt: Sized {
    /// Applies upstream's defaults and checks the config (`checkStreamCfg`), neither pedantic
    /// nor under server limits.
    fn normalize(self) -> Result<StreamConfig, ApiError> {
        self.normalize_with(Checks::default())
    }
    /// The same under `checks`.
    fn normalize_with(self, checks: Checks) -> Result<StreamConfig, ApiError>;
    /// The limits the store enforces.
    fn limits(&self) -> StreamLimits;
    /// Which store this config asks for.
    fn storage_kind(&self) -> StorageKind;
    /// Checks an update of `self` to `new` (upstream `checkStreamUpdate`); `new` is already
    /// normalised.
    fn check_update(&self, new: &StreamConfig) -> Result<(), ApiError>;
}

impl StreamConfigExt for StreamConfig {
    fn normalize_with(mut self, checks: Checks) -> Result<StreamConfig, ApiError> {
        let pedantic = checks.pedantic;
        check_name(&self.name)?;
        if self.description.len() > MAX_DESCRIPTION_LEN {
            return Err(invalid(format!(
                "stream description is too long, maximum allowed is {MAX_DESCRIPTION_LEN}"
            )));
        }
        // `mirror_direct` is kept as given, and inherited from the origin's allow_direct once
        // the origin is known (upstream `checkStreamCfg`).
        super::sourcing::check(&mut self)?;

        if self.num_replicas < 0 {
            return Err(ApiError::new(JsError::ReplicasCountCannotBeNegative));
        }
        if self.num_replicas == 0 {
            self.num_replicas = 1;
        }
        if self.num_replicas > MAX_REPLICAS {
            return Err(invalid(format!("maximum replicas is {MAX_REPLICAS}")));
        }
        // Upstream's order, which decides the pedantic error of a config with several.
        for (v, name) in [
            (&mut self.max_msgs, "max_msgs"),
            (&mut self.max_msgs_per_subject, "max_msgs_per_subject"),
            (&mut self.max_bytes, "max_bytes"),
            (&mut self.max_msg_size, "max_msg_size"),
            (&mut self.max_consumers, "max_consumers"),
        ] {
            super::errors::unlimited_below_zero(v, name, pedantic)?;
        }
        if self.max_msg_size > i64::from(i32::MAX) {
            return Err(invalid("max message size must be less than 2^31 bytes"));
        }
        if self.max_age < 0 {
            return Err(invalid("max age can not be negative"));
        }
        if self.max_age != 0 && self.max_age < MIN_WINDOW {
            return Err(invalid("max age needs to be >= 100ms"));
        }
        let lim = checks.max_duplicates;
        if self.duplicate_window == 0 && !super::sourcing::is_sourcing(&self) {
            let mut window = DEFAULT_DUPLICATE_WINDOW;
            if lim > 0 && window > lim {
                if pedantic {
                    return Err(super::errors::pedantic(
                        "duplicate window limits are higher than current limits",
                    ));
                }
                window = lim;
            }
            self.duplicate_window = if self.max_age != 0 && self.max_age < window {
                if pedantic {
                    return Err(super::errors::pedantic(
                        "duplicate window cannot be bigger than max age",
                    ));
                }
                self.max_age
            } else {
                window
            };
        }
        if self.duplicate_window < 0 {
            return Err(invalid("duplicates window can not be negative"));
        }
        if self.max_age != 0 && self.duplicate_window > self.max_age {
            return Err(invalid("duplicates window can not be larger then max age"));
        }
        duplicates_within(self.duplicate_window, lim)?;
        if self.duplicate_window > 0 && self.duplicate_window < MIN_WINDOW {
            return Err(invalid("duplicates window needs to be >= 100ms"));
        }
        // Upstream `checkStreamCfg` (not pedantic): delete markers turn on per-message TTLs
        // and roll-ups, schedules turn on roll-ups.
        if self.subject_delete_marker_ttl > 0 {
            if self.subject_delete_marker_ttl < 1_000_000_000 {
                return Err(invalid(
                    "subject delete marker TTL must be at least 1 second",
                ));
            }
            // Pedantic mode refuses these with 10052, not 10157, as upstream does.
            if !self.allow_msg_ttl {
                if pedantic {
                    return Err(invalid(
                        "subject delete marker cannot be set if message TTLs are disabled",
                    ));
                }
                self.allow_msg_ttl = true;
            }
            if !self.allow_rollup_hdrs {
                if pedantic {
                    return Err(invalid(
                        "subject delete marker cannot be set if roll-ups are disabled",
                    ));
                }
                self.allow_rollup_hdrs = true;
                self.deny_purge = false;
            }
        } else if self.subject_delete_marker_ttl < 0 {
            return Err(invalid("subject delete marker TTL must not be negative"));
        }
        if self.allow_msg_schedules && !self.allow_rollup_hdrs {
            if pedantic {
                return Err(invalid(
                    "message scheduling cannot be set if roll-ups are disabled",
                ));
            }
            self.allow_rollup_hdrs = true;
            self.deny_purge = false;
        }
        if self.deny_purge && self.allow_rollup_hdrs {
            return Err(invalid("roll-ups require the purge permission"));
        }
        super::counter::check_config(&self)?;
        if self.discard_new_per_subject {
            if self.discard != Discard::New {
                return Err(invalid(
                    "discard new per subject requires discard new policy to be set",
                ));
            }
            if self.max_msgs_per_subject <= 0 {
                return Err(invalid(
                    "discard new per subject requires max msgs per subject > 0",
                ));
            }
        }
        if self.consumer_limits.is_null() {
            self.consumer_limits = serde_json::Value::Object(serde_json::Map::new());
        }
        if self.subjects.is_empty() && !super::sourcing::is_sourcing(&self) {
            self.subjects.push(self.name.clone());
        }
        let mut seen: Vec<&str> = Vec::new();
        for s in &self.subjects {
            if !rnats_proto::subject::is_valid_subject(s.as_bytes()) {
                return Err(invalid("invalid subject"));
            }
            if seen.contains(&s.as_str()) {
                return Err(invalid("duplicate subjects detected"));
            }
            if let Some(other) = seen.iter().find(|o| subjects_overlap(o, s)) {
                return Err(invalid(format!("subject {other:?} overlaps with {s:?}")));
            }
            seen.push(s);
        }
        if !self.no_ack {
            if self.subjects.iter().any(|s| s == ">") {
                return Err(invalid("capturing all subjects requires no-ack to be true"));
            }
            if self
                .subjects
                .iter()
                .any(|s| subjects_overlap(s, "$JS.API.>"))
            {
                return Err(invalid(
                    "subjects that overlap with jetstream api require no-ack to be true",
                ));
            }
        }
        super::transforms::check(&mut self, pedantic)?;
        if self.persist_mode == PersistMode::Async && self.storage == Storage::Memory {
            return Err(invalid(
                "async persist mode is only supported on file storage",
            ));
        }
        if self.persist_mode == PersistMode::Async && self.allow_atomic {
            return Err(invalid(
                "async persist mode is not supported with atomic batch publish",
            ));
        }
        self.placement = normalize_placement(std::mem::take(&mut self.placement))?;
        Ok(self)
    }

    fn limits(&self) -> StreamLimits {
        StreamLimits {
            max_msgs: self.max_msgs,
            max_bytes: self.max_bytes,
            max_age: Duration::from_nanos(u64::try_from(self.max_age).unwrap_or(0)),
            max_msgs_per_subject: self.max_msgs_per_subject,
            discard: match self.discard {
                Discard::Old => DiscardPolicy::Old,
                Discard::New => DiscardPolicy::New,
            },
            discard_new_per_subject: self.discard_new_per_subject,
            subject_delete_markers: self.subject_delete_marker_ttl > 0,
        }
    }

    fn storage_kind(&self) -> StorageKind {
        match self.storage {
            Storage::File => StorageKind::File,
            Storage::Memory => StorageKind::Memory,
        }
    }

    fn check_update(&self, new: &StreamConfig) -> Result<(), ApiError> {
        let err = |t: &str| Err(ApiError::text(JsError::StreamInvalidConfig, t));
        if new.storage != self.storage {
            return err("stream configuration update can not change storage type");
        }
        if new.persist_mode != self.persist_mode {
            return err("stream configuration update can not change persist mode");
        }
        if new.retention != self.retention
            && (new.retention == Retention::WorkQueue || self.retention == Retention::WorkQueue)
        {
            return err(
                "stream configuration update can not change retention policy to/from workqueue",
            );
        }
        if !new.mirror.is_null() && new.mirror != self.mirror {
            return Err(ApiError::new(JsError::StreamMirrorNotUpdatable));
        }
        if self.sealed && !new.sealed {
            return err("stream configuration update can not unseal a sealed stream");
        }
        if self.deny_delete && !new.deny_delete {
            return err("stream configuration update can not cancel deny message deletes");
        }
        if self.deny_purge && !new.deny_purge {
            return err("stream configuration update can not cancel deny purge");
        }
        if self.allow_msg_ttl && !new.allow_msg_ttl {
            return err("message TTL status can not be disabled");
        }
        if self.allow_msg_schedules && !new.allow_msg_schedules {
            return err("message schedules can not be disabled");
        }
        if self.allow_msg_counter != new.allow_msg_counter {
            return err("stream configuration update can not change message counter setting");
        }
        if new.max_consumers != self.max_consumers && self.max_consumers != -1 {
            return err("stream configuration update can not change MaxConsumers");
        }
        if new.first_seq != self.first_seq && new.first_seq != 0 {
            return err("stream configuration update can not change first sequence");
        }
        Ok(())
    }
}

/// Upstream `checkStreamCfg`'s bound of a stream's `duplicate_window` by the server's
/// `jetstream.limits.duplicate_window` (`lim`, 0 unlimited): a create is refused over it, and
/// recovery leaves a stored stream over it unloaded.
pub(super) fn duplicates_within(window: i64, lim: i64) -> Result<(), ApiError> {
    if lim > 0 && window > lim {
        return Err(invalid(format!(
            "duplicates window can not be larger then server limit of {}",
            go_duration(lim)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(json: &str) -> Result<StreamConfig, ApiError> {
        serde_json::from_str::<StreamConfig>(json)
            .expect("json")
            .normalize()
    }

    fn err(json: &str) -> (u16, String) {
        let e = cfg(json).expect_err("invalid");
        (e.err_code, e.description)
    }

    /// The server's duplicate window limit caps the default and refuses more; pedantic mode
    /// refuses what would be defaulted or capped.
    #[test]
    fn server_limit_and_pedantic() {
        let with = |json: &str, pedantic: bool| {
            serde_json::from_str::<StreamConfig>(json)
                .expect("json")
                .normalize_with(Checks {
                    pedantic,
                    max_duplicates: 60_000_000_000,
                })
        };
        let c = with(r#"{"name":"S"}"#, false).expect("valid");
        assert_eq!(c.duplicate_window, 60_000_000_000);
        let e = with(r#"{"name":"S","duplicate_window":61000000000}"#, false).expect_err("over");
        assert_eq!(
            (e.err_code, e.description.as_str()),
            (
                10052,
                "duplicates window can not be larger then server limit of 1m0s"
            )
        );
        let e = with(r#"{"name":"S"}"#, true).expect_err("pedantic");
        assert_eq!(
            (e.err_code, e.description.as_str()),
            (
                10157,
                "pedantic mode: duplicate window limits are higher than current limits"
            )
        );
        let e = with(
            r#"{"name":"S","duplicate_window":1000000000,"max_msgs":-3}"#,
            true,
        )
        .expect_err("pedantic");
        assert_eq!(e.description, "pedantic mode: max_msgs must be set to -1");
        // Minus one is what the default would be: taken as it is.
        let c = with(
            r#"{"name":"S","duplicate_window":1000000000,"max_msgs":-1}"#,
            true,
        )
        .expect("valid");
        assert_eq!(c.max_msgs, -1);
    }

    /// The defaults upstream fills in for `{"name":"S"}`, as nats-server 2.14 answers them.
    #[test]
    fn defaults_match_upstream() {
        let c = cfg(r#"{"name":"S"}"#).expect("valid");
        let json = serde_json::to_value(&c).expect("json");
        let want: serde_json::Value = serde_json::from_str(
            r#"{"name":"S","subjects":["S"],"retention":"limits","max_consumers":-1,
            "max_msgs":-1,"max_bytes":-1,"max_age":0,"max_msgs_per_subject":-1,
            "max_msg_size":-1,"discard":"old","storage":"file","num_replicas":1,
            "duplicate_window":120000000000,"compression":"none","allow_direct":false,
            "mirror_direct":false,"sealed":false,"deny_delete":false,"deny_purge":false,
            "allow_rollup_hdrs":false,"consumer_limits":{},"allow_msg_ttl":false}"#,
        )
        .expect("json");
        assert_eq!(json, want);
    }

    #[test]
    fn normalisation() {
        let c = cfg(r#"{"name":"D","max_age":1000000000}"#).expect("valid");
        assert_eq!(c.duplicate_window, 1_000_000_000);
        let c = cfg(r#"{"name":"I","storage":"memory","retention":"workqueue","discard":"new","max_msgs":0}"#)
            .expect("valid");
        assert_eq!(
            (c.storage, c.retention, c.discard, c.max_msgs),
            (Storage::Memory, Retention::WorkQueue, Discard::New, -1)
        );
        let c = cfg(r#"{"name":"K","compression":"s2","first_seq":5,"metadata":{"a":"b"}}"#)
            .expect("valid");
        assert_eq!((c.compression, c.first_seq), (Compression::S2, 5));
        let c = cfg(r#"{"name":"A","subjects":[">"],"no_ack":true}"#).expect("valid");
        assert_eq!(c.subjects, vec![">"]);
    }

    #[test]
    fn invalid_configs_give_upstream_texts() {
        assert_eq!(
            err(r#"{"name":"a*"}"#),
            (
                10052,
                "stream name is required and can not contain '.', '*', '>', '\\', '/'".into()
            )
        );
        assert_eq!(err(r#"{"name":"a/b"}"#).0, 10128);
        assert_eq!(err(r#"{"name":""}"#).0, 10052);
        assert_eq!(
            err(r#"{"name":"E","max_age":1000000000,"duplicate_window":5000000000}"#),
            (
                10052,
                "duplicates window can not be larger then max age".into()
            )
        );
        assert_eq!(
            err(r#"{"name":"F","subjects":["x.*","x.a"]}"#),
            (10052, "subject \"x.*\" overlaps with \"x.a\"".into())
        );
        assert_eq!(
            err(r#"{"name":"G","subjects":["x..a"]}"#),
            (10052, "invalid subject".into())
        );
        assert_eq!(
            err(r#"{"name":"J","subjects":[">"]}"#),
            (
                10052,
                "capturing all subjects requires no-ack to be true".into()
            )
        );
        assert_eq!(
            err(r#"{"name":"M","mirror":{"name":"X"},"subjects":["m"]}"#).0,
            10034
        );
        assert_eq!(err(r#"{"name":"M","num_replicas":6}"#).0, 10052);
    }

    #[test]
    fn overlap() {
        assert!(subjects_overlap("a.*", "a.b"));
        assert!(subjects_overlap("a.>", "a.b.c"));
        assert!(subjects_overlap("*.b", "a.*"));
        assert!(!subjects_overlap("a.>", "a"));
        assert!(!subjects_overlap("a.b", "a.c"));
        assert!(!subjects_overlap("a.*", "a.b.c"));
        assert!(subjects_overlap(">", "x"));
    }

    #[test]
    fn updates() {
        let old = cfg(r#"{"name":"S"}"#).expect("valid");
        let new = cfg(r#"{"name":"S","storage":"memory"}"#).expect("valid");
        assert_eq!(old.check_update(&new).map_err(|e| e.err_code), Err(10052));
        let new = cfg(r#"{"name":"S","max_msgs":5,"allow_direct":true}"#).expect("valid");
        assert!(old.check_update(&new).is_ok());
    }
}
