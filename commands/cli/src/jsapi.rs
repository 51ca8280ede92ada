//! A small JetStream API client over the core client: JSON requests to `$JS.API.*` and
//! publishes that wait for their `PubAck`.
//!
//! Only what the JetStream benchmarks need (create, inspect and purge a stream, create a
//! consumer, publish, and the pull request subject), each a request/reply with a
//! `serde_json::Value` body, errors taken from the response's `error` object. Kept apart so the
//! callers can move to a typed JetStream context without touching their loops. The API prefix
//! follows natscli: `--js-api-prefix` as given, else `$JS.<domain>.API` with `--js-domain`,
//! else `$JS.API`.

use crate::context::Settings;
use bytes::Bytes;
use rnats_proto::client::{Client, ClientError};
use rnats_proto::HeaderMap;
use serde_json::Value;
use std::time::Duration;

/// A JetStream API failure.
#[derive(Debug, thiserror::Error)]
pub enum JsError {
    /// The server answered with an `error` object.
    #[error("{description} ({err_code})")]
    Api {
        /// HTTP-like status code.
        code: u16,
        /// JetStream error code (`10059` stream not found, ...).
        err_code: u64,
        /// The server's text.
        description: String,
    },
    /// Nobody answered the API request: JetStream is not enabled for the account.
    #[error("JetStream not enabled")]
    NotEnabled,
    /// Nobody answered a publish: no stream captures its subject.
    #[error("no response from stream")]
    NoStream,
    /// The response was not the JSON expected.
    #[error("invalid JetStream response: {0}")]
    Invalid(String),
    /// The connection failed or the request timed out.
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// A stored message's acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PubAck {
    /// The stream that stored the message.
    pub stream: String,
    /// Its sequence in the stream.
    pub seq: u64,
    /// Whether it was a duplicate of a message already stored (`Nats-Msg-Id`).
    pub duplicate: bool,
}

/// The JetStream API of one connection.
#[derive(Clone)]
pub struct JsApi {
    client: Client,
    prefix: String,
    timeout: Duration,
}

impl JsApi {
    /// The API on `client`, with the prefix the context selects and requests waiting up to
    /// `timeout`.
    pub fn new(client: Client, settings: &Settings, timeout: Duration) -> JsApi {
        JsApi {
            client,
            prefix: api_prefix(settings),
            timeout,
        }
    }

    /// How long requests wait for their response (`--timeout`).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The underlying connection.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The full subject of API call `api` (`STREAM.INFO.name`).
    pub fn subject(&self, api: &str) -> String {
        format!("{}.{api}", self.prefix)
    }

    /// The subject a pull request for `consumer` on `stream` goes to.
    pub fn next_subject(&self, stream: &str, consumer: &str) -> String {
        self.subject(&format!("CONSUMER.MSG.NEXT.{stream}.{consumer}"))
    }

    /// Sends `body` to API call `api` and returns the response, or its `error` as a
    /// [`JsError::Api`].
    pub async fn request(&self, api: &str, body: &Value) -> Result<Value, JsError> {
        // Requests without a body (INFO, PURGE, ...) must send an empty payload: nats-server
        // refuses `null` with 10038.
        let payload = if body.is_null() {
            Bytes::new()
        } else {
            Bytes::from(
                serde_json::to_vec(body)
                    .map_err(|e| JsError::Invalid(format!("encoding the request: {e}")))?,
            )
        };
        let reply = match self
            .client
            .request_with(self.subject(api), None, payload, self.timeout)
            .await
        {
            Err(ClientError::NoResponders) => return Err(JsError::NotEnabled),
            other => other?,
        };
        let value: Value =
            serde_json::from_slice(&reply.payload).map_err(|e| JsError::Invalid(e.to_string()))?;
        check_error(value)
    }

    /// `STREAM.CREATE`: creates the stream, or confirms an identical one exists.
    pub async fn create_stream(&self, config: &Value) -> Result<Value, JsError> {
        let name = config["name"].as_str().unwrap_or_default();
        self.request(&format!("STREAM.CREATE.{name}"), config).await
    }

    /// `STREAM.INFO`.
    pub async fn stream_info(&self, name: &str) -> Result<Value, JsError> {
        self.request(&format!("STREAM.INFO.{name}"), &Value::Null)
            .await
    }

    /// `STREAM.PURGE` of every message.
    pub async fn purge_stream(&self, name: &str) -> Result<Value, JsError> {
        self.request(&format!("STREAM.PURGE.{name}"), &Value::Null)
            .await
    }

    /// `CONSUMER.CREATE`: a durable (with `durable_name`) or an ephemeral consumer, created
    /// or updated.
    pub async fn create_consumer(&self, stream: &str, config: &Value) -> Result<Value, JsError> {
        let api = match config["durable_name"].as_str() {
            Some(durable) => format!("CONSUMER.CREATE.{stream}.{durable}"),
            None => format!("CONSUMER.CREATE.{stream}"),
        };
        let body = serde_json::json!({ "stream_name": stream, "config": config });
        self.request(&api, &body).await
    }

    /// `CONSUMER.INFO`.
    pub async fn consumer_info(&self, stream: &str, name: &str) -> Result<Value, JsError> {
        self.request(&format!("CONSUMER.INFO.{stream}.{name}"), &Value::Null)
            .await
    }

    /// Publishes and waits for the stream's acknowledgement.
    pub async fn publish(
        &self,
        subject: &str,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Result<PubAck, JsError> {
        let reply = match self
            .client
            .request_with(subject, headers, payload, self.timeout)
            .await
        {
            Err(ClientError::NoResponders) => return Err(JsError::NoStream),
            other => other?,
        };
        parse_pub_ack(&reply.payload)
    }
}

/// natscli's API prefix for the settings.
pub fn api_prefix(settings: &Settings) -> String {
    if !settings.jetstream_api_prefix.is_empty() {
        settings.jetstream_api_prefix.clone()
    } else if !settings.jetstream_domain.is_empty() {
        format!("$JS.{}.API", settings.jetstream_domain)
    } else {
        "$JS.API".to_string()
    }
}

/// Turns a response carrying an `error` object into [`JsError::Api`].
fn check_error(value: Value) -> Result<Value, JsError> {
    match value.get("error") {
        Some(err) if !err.is_null() => Err(JsError::Api {
            code: err["code"].as_u64().unwrap_or(0) as u16,
            err_code: err["err_code"].as_u64().unwrap_or(0),
            description: err["description"].as_str().unwrap_or("").to_string(),
        }),
        _ => Ok(value),
    }
}

/// Parses a publish reply: a `PubAck` or an API error.
pub fn parse_pub_ack(payload: &[u8]) -> Result<PubAck, JsError> {
    let value: Value = serde_json::from_slice(payload).map_err(|e| {
        JsError::Invalid(format!(
            "{e}: {:?}",
            String::from_utf8_lossy(&payload[..payload.len().min(64)])
        ))
    })?;
    let value = check_error(value)?;
    match (value["stream"].as_str(), value["seq"].as_u64()) {
        (Some(stream), Some(seq)) => Ok(PubAck {
            stream: stream.to_string(),
            seq,
            duplicate: value["duplicate"].as_bool().unwrap_or(false),
        }),
        _ => Err(JsError::Invalid(format!(
            "not a publish acknowledgement: {value}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_follows_natscli() {
        let mut s = Settings::default();
        assert_eq!(api_prefix(&s), "$JS.API");
        s.jetstream_domain = "hub".into();
        assert_eq!(api_prefix(&s), "$JS.hub.API");
        s.jetstream_api_prefix = "x.API".into();
        assert_eq!(api_prefix(&s), "x.API");
    }

    #[test]
    fn parses_acks_and_errors() {
        assert_eq!(
            parse_pub_ack(br#"{"stream":"S","seq":7}"#).ok(),
            Some(PubAck {
                stream: "S".into(),
                seq: 7,
                duplicate: false
            })
        );
        let err = parse_pub_ack(
            br#"{"error":{"code":503,"err_code":10077,"description":"maximum messages exceeded"}}"#,
        )
        .err()
        .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("maximum messages exceeded (10077)"));
        assert!(matches!(parse_pub_ack(b"+OK"), Err(JsError::Invalid(_))));
        assert!(matches!(parse_pub_ack(b"{}"), Err(JsError::Invalid(_))));
    }
}
