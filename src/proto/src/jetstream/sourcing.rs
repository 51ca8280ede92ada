//! The JSON of stream subject transforms, republish, mirrors and sources (nats-server
//! `server/stream.go`: `SubjectTransformConfig`, `RePublish`, `StreamSource`, `ExternalStream`,
//! `StreamSourceInfo`), in upstream's field order and omissions. [`super::StreamConfig`]
//! keeps these fields as raw JSON; the server and the CLI read them through these types.

use serde::{Deserialize, Serialize};

use super::api::null_as_default;

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

/// `subject_transform` of a stream, and each of `subject_transforms` of a mirror or source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubjectTransformConfig {
    /// Source pattern (empty means `>`).
    #[serde(deserialize_with = "null_as_default")]
    pub src: String,
    /// Destination with mapping functions.
    #[serde(deserialize_with = "null_as_default")]
    pub dest: String,
}

/// `republish`: once stored, a message is also published to a transformed subject.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RePublish {
    /// Stored subjects to republish (the server turns empty into `>`).
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub src: String,
    /// Where to republish.
    #[serde(deserialize_with = "null_as_default")]
    pub dest: String,
    /// Republish the headers only, with `Nats-Msg-Size`.
    #[serde(skip_serializing_if = "is_false")]
    #[serde(deserialize_with = "null_as_default")]
    pub headers_only: bool,
}

/// `external`: a stream in another account or domain, reached through prefixes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExternalStream {
    /// API prefix (`$JS.<domain>.API`, or an import prefix).
    #[serde(deserialize_with = "null_as_default")]
    pub api: String,
    /// Prefix of the subjects the origin delivers to.
    #[serde(deserialize_with = "null_as_default")]
    pub deliver: String,
}

impl ExternalStream {
    /// The domain named by the API prefix (`$JS.<domain>.API`), upstream `Domain()`.
    pub fn domain(&self) -> Option<&str> {
        self.api.split('.').nth(1).filter(|d| !d.is_empty())
    }
}

/// A durable consumer to source through (nats-server 2.14 `StreamConsumerSource`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamConsumerSource {
    /// Consumer name.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// Its deliver subject.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub deliver_subject: String,
}

/// `mirror`, and each of `sources`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamSource {
    /// Origin stream name.
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    /// First origin sequence to take.
    #[serde(skip_serializing_if = "is_zero_u64")]
    #[serde(deserialize_with = "null_as_default")]
    pub opt_start_seq: u64,
    /// First origin time to take (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_start_time: Option<String>,
    /// Only origin subjects matching this.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub filter_subject: String,
    /// Filters with transforms (instead of `filter_subject`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "null_as_default")]
    pub subject_transforms: Vec<SubjectTransformConfig>,
    /// Origin in another account or domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalStream>,
    /// Durable consumer to source through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consumer: Option<StreamConsumerSource>,
}

/// The state of a mirror or source in stream info (`StreamSourceInfo`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamSourceInfo {
    /// Origin stream name.
    pub name: String,
    /// Origin in another account or domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalStream>,
    /// Origin messages not yet taken.
    pub lag: u64,
    /// Nanoseconds since the origin was last heard of; -1 when never.
    pub active: i64,
    /// Why sourcing is failing, as an API error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
    /// Filter.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filter_subject: String,
    /// Filters with transforms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subject_transforms: Vec<SubjectTransformConfig>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn omissions_match_upstream() {
        let r = RePublish {
            src: String::new(),
            dest: "x.>".into(),
            headers_only: false,
        };
        assert_eq!(
            serde_json::to_string(&r).expect("json"),
            r#"{"dest":"x.>"}"#
        );
        let s: StreamSource =
            serde_json::from_str(r#"{"name":"O","filter_subject":null}"#).expect("source");
        assert_eq!(serde_json::to_string(&s).expect("json"), r#"{"name":"O"}"#);
    }

    #[test]
    fn external_domain() {
        let e = |api: &str| ExternalStream {
            api: api.into(),
            deliver: String::new(),
        };
        assert_eq!(e("$JS.hub.API").domain(), Some("hub"));
        assert_eq!(e("").domain(), None);
    }
}
