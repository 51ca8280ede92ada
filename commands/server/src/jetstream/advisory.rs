//! JetStream advisories and metrics (ADR-21; upstream `server/jetstream_events.go`): JSON
//! events published into the account they concern on `$JS.EVENT.ADVISORY.…` and
//! `$JS.EVENT.METRIC.…`.
//!
//! Every event is built lazily: [`publish`] first asks the account's sublist whether anyone
//! listens on the subject (upstream `consumer.sendAdvisory`), so an account without advisory
//! subscribers pays one interest lookup per event and no JSON encoding.

use serde_json::{json, Value};

use super::{go_time, now_ns};
use crate::internal::InternalClient;

/// `io.nats.jetstream.advisory.v1.stream_action`.
pub const STREAM_ACTION: &str = "io.nats.jetstream.advisory.v1.stream_action";
/// `io.nats.jetstream.advisory.v1.consumer_action`.
pub const CONSUMER_ACTION: &str = "io.nats.jetstream.advisory.v1.consumer_action";
/// `io.nats.jetstream.advisory.v1.consumer_pause`.
pub const CONSUMER_PAUSE: &str = "io.nats.jetstream.advisory.v1.consumer_pause";
/// `io.nats.jetstream.advisory.v1.max_deliver`.
pub const MAX_DELIVER: &str = "io.nats.jetstream.advisory.v1.max_deliver";
/// `io.nats.jetstream.advisory.v1.nak`.
pub const NAK: &str = "io.nats.jetstream.advisory.v1.nak";
/// `io.nats.jetstream.advisory.v1.terminated`.
pub const TERMINATED: &str = "io.nats.jetstream.advisory.v1.terminated";
/// `io.nats.jetstream.advisory.v1.stream_batch_abandoned`.
pub const STREAM_BATCH_ABANDONED: &str = "io.nats.jetstream.advisory.v1.stream_batch_abandoned";
/// `io.nats.jetstream.advisory.v1.api_audit`.
pub const API_AUDIT: &str = "io.nats.jetstream.advisory.v1.api_audit";
/// `io.nats.jetstream.advisory.v1.consumer_group_pinned`.
pub const CONSUMER_GROUP_PINNED: &str = "io.nats.jetstream.advisory.v1.consumer_group_pinned";
/// `io.nats.jetstream.advisory.v1.consumer_group_unpinned`.
pub const CONSUMER_GROUP_UNPINNED: &str = "io.nats.jetstream.advisory.v1.consumer_group_unpinned";
/// `io.nats.jetstream.metric.v1.consumer_ack`.
pub const CONSUMER_ACK: &str = "io.nats.jetstream.metric.v1.consumer_ack";

/// What happened to a stream or consumer (upstream `ActionAdvisoryType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Created.
    Create,
    /// Deleted.
    Delete,
    /// Updated.
    Modify,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Delete => "delete",
            Action::Modify => "modify",
        }
    }

    /// The subject token: `CREATED`, `DELETED`, `UPDATED`.
    fn token(self) -> &'static str {
        match self {
            Action::Create => "CREATED",
            Action::Delete => "DELETED",
            Action::Modify => "UPDATED",
        }
    }
}

/// Publishes the event `typ` on `subject` when someone listens: `fields` is called only then,
/// and its object gets upstream's `TypedEvent` head (`type`, `id`, `timestamp`) and the
/// JetStream `domain` when there is one.
pub fn publish(
    client: &InternalClient,
    subject: &str,
    typ: &str,
    domain: Option<&str>,
    fields: impl FnOnce() -> Value,
) {
    if !client.has_interest(subject.as_bytes()) {
        return;
    }
    // `type` first, as Go's embedded `TypedEvent` encodes.
    let mut body = serde_json::Map::new();
    body.insert("type".into(), json!(typ));
    body.insert("id".into(), json!(rnats_proto::nuid::next()));
    body.insert("timestamp".into(), json!(go_time(now_ns())));
    if let Value::Object(rest) = fields() {
        body.extend(rest);
    }
    if let Some(d) = domain.filter(|d| !d.is_empty()) {
        body.insert("domain".into(), json!(d));
    }
    let text = Value::Object(body).to_string();
    client.publish(subject.as_bytes(), None, None, text.as_bytes());
}

/// `$JS.EVENT.ADVISORY.STREAM.CREATED|DELETED|UPDATED.<stream>`.
pub fn stream_action(client: &InternalClient, domain: Option<&str>, stream: &str, a: Action) {
    let subject = format!("$JS.EVENT.ADVISORY.STREAM.{}.{stream}", a.token());
    publish(
        client,
        &subject,
        STREAM_ACTION,
        domain,
        || json!({ "stream": stream, "action": a.as_str() }),
    );
}

/// `$JS.EVENT.ADVISORY.STREAM.BATCH_ABANDONED.<stream>`: an atomic batch was dropped
/// (`reason`: `timeout`, `large` or `incomplete`).
pub fn batch_abandoned(
    client: &InternalClient,
    domain: Option<&str>,
    stream: &str,
    batch: &str,
    reason: &str,
) {
    let subject = format!("$JS.EVENT.ADVISORY.STREAM.BATCH_ABANDONED.{stream}");
    publish(
        client,
        &subject,
        STREAM_BATCH_ABANDONED,
        domain,
        || json!({ "stream": stream, "batch": batch, "reason": reason }),
    );
}

/// `$JS.EVENT.ADVISORY.CONSUMER.CREATED|DELETED.<stream>.<consumer>`.
pub fn consumer_action(
    client: &InternalClient,
    domain: Option<&str>,
    stream: &str,
    consumer: &str,
    a: Action,
) {
    let subject = format!(
        "$JS.EVENT.ADVISORY.CONSUMER.{}.{stream}.{consumer}",
        a.token()
    );
    publish(
        client,
        &subject,
        CONSUMER_ACTION,
        domain,
        || json!({ "stream": stream, "consumer": consumer, "action": a.as_str() }),
    );
}

/// `$JS.EVENT.ADVISORY.CONSUMER.PAUSE.<stream>.<consumer>`; `until` is ns since the epoch
/// (0: resumed). Upstream's `pause_until` is a `time.Time`, which `omitempty` never omits.
pub fn consumer_pause(
    client: &InternalClient,
    domain: Option<&str>,
    stream: &str,
    consumer: &str,
    until: i64,
) {
    let subject = format!("$JS.EVENT.ADVISORY.CONSUMER.PAUSE.{stream}.{consumer}");
    publish(client, &subject, CONSUMER_PAUSE, domain, || {
        json!({
            "stream": stream,
            "consumer": consumer,
            "paused": until != 0 && until > now_ns(),
            "pause_until": go_time(until),
        })
    });
}

/// `io.nats.jetstream.advisory.v1.snapshot_create` and the other snapshot/restore types.
pub const SNAPSHOT_CREATE: &str = "io.nats.jetstream.advisory.v1.snapshot_create";
/// `io.nats.jetstream.advisory.v1.snapshot_complete`.
pub const SNAPSHOT_COMPLETE: &str = "io.nats.jetstream.advisory.v1.snapshot_complete";
/// `io.nats.jetstream.advisory.v1.restore_create`.
pub const RESTORE_CREATE: &str = "io.nats.jetstream.advisory.v1.restore_create";
/// `io.nats.jetstream.advisory.v1.restore_complete`.
pub const RESTORE_COMPLETE: &str = "io.nats.jetstream.advisory.v1.restore_complete";

/// `$JS.EVENT.ADVISORY.STREAM.SNAPSHOT_CREATE|SNAPSHOT_COMPLETE|RESTORE_CREATE|RESTORE_COMPLETE.<stream>`
/// (upstream `JSSnapshotCreateAdvisory` and friends). `fields` adds `state`, `start`, `end`,
/// `bytes` as the type has them. rnats' API handlers do not know the requesting client, so
/// `client` is `null`.
pub fn snapshot_event(
    client: &InternalClient,
    domain: Option<&str>,
    event: &str,
    typ: &str,
    stream: &str,
    fields: impl FnOnce() -> Value,
) {
    let subject = format!("$JS.EVENT.ADVISORY.STREAM.{event}.{stream}");
    publish(client, &subject, typ, domain, || {
        let mut body = serde_json::Map::new();
        body.insert("stream".into(), json!(stream));
        if let Value::Object(rest) = fields() {
            body.extend(rest);
        }
        body.insert("client".into(), Value::Null);
        Value::Object(body)
    });
}

/// The sampling rate of a consumer's `sample_freq` (`"30%"`, `"30"`, empty for none), as
/// upstream's `checkConsumerCfg` accepts it: an integer, optionally with `%`, not negative.
pub fn sample_freq(text: &str) -> Result<u32, String> {
    if text.is_empty() {
        return Ok(0);
    }
    let digits = text.strip_suffix('%').unwrap_or(text);
    match digits.parse::<i64>() {
        Ok(n) if n < 0 => Err("<nil>".to_string()),
        Ok(n) => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
        Err(e) => {
            use std::num::IntErrorKind;
            let why = match e.kind() {
                IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => "value out of range",
                _ => "invalid syntax",
            };
            Err(format!("strconv.Atoi: parsing {digits:?}: {why}"))
        }
    }
}

/// Whether this ack is sampled at rate `freq` percent (upstream `shouldSample`).
pub fn should_sample(freq: u32) -> bool {
    match freq {
        0 => false,
        f if f >= 100 => true,
        f => fastrand::u32(..100) <= f,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_freq_like_upstream() {
        assert_eq!(sample_freq(""), Ok(0));
        assert_eq!(sample_freq("100%"), Ok(100));
        assert_eq!(sample_freq("30"), Ok(30));
        assert_eq!(sample_freq("0%"), Ok(0));
        assert_eq!(
            sample_freq("abc%"),
            Err("strconv.Atoi: parsing \"abc\": invalid syntax".to_string())
        );
        assert!(sample_freq("-5").is_err());
        assert!(should_sample(100));
        assert!(!should_sample(0));
    }
}
