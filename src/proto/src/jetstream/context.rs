//! The client side of JetStream: [`JetStream`] wraps a [`Client`] and turns the `$JS.API.*`
//! request/response exchanges into typed calls (account info, streams, messages, consumers),
//! plus publishing with a [`PubAck`] and pulling from a consumer.
//!
//! Every API call is one request to `<prefix>.<operation>` (prefix `$JS.API`, or
//! `$JS.<domain>.API`); a response carrying `error` becomes [`JetStreamError::Api`], a request
//! nobody answers [`JetStreamError::NotEnabled`] (what nats.go and natscli report too).

use std::time::Duration;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::api::{
    AccountInfo, ApiError, ConsumerAction, ConsumerInfo, ConsumerListPage, ConsumerNamesPage,
    ConsumerPauseResponse, CreateConsumerRequest, MsgGetRequest, NextRequest, PubAck, PurgeRequest,
    PurgeResponse, StoredMsg, StreamInfo, StreamInfoRequest, StreamListPage, StreamNamesPage,
};
use super::config::{ConsumerConfig, StreamConfig};
use crate::client::{Client, ClientError, Message};
use crate::HeaderMap;

/// The default API prefix.
pub const DEFAULT_API_PREFIX: &str = "$JS.API";

/// Everything a JetStream call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum JetStreamError {
    /// The server answered with an API error (`code`, `err_code`, `description`).
    #[error("{0}")]
    Api(ApiError),
    /// Nobody answered the API request: JetStream is not enabled for this account (or the
    /// domain/prefix is wrong).
    #[error("JetStream not enabled")]
    NotEnabled,
    /// A JetStream publish found no stream listening on its subject.
    #[error("no responders available for request")]
    NoResponders,
    /// No answer in time.
    #[error("timeout")]
    Timeout,
    /// A pull ended with a status other than "no messages" or "request timeout" before any
    /// message arrived (`409 Consumer Deleted`, `409 Exceeded MaxWaiting`, ...).
    #[error("{code} {description}")]
    Status {
        /// Status code.
        code: u16,
        /// Status description.
        description: String,
    },
    /// The response was not the JSON expected.
    #[error("invalid JetStream response: {0}")]
    Decode(String),
    /// The connection failed.
    #[error(transparent)]
    Client(ClientError),
}

impl From<ClientError> for JetStreamError {
    fn from(e: ClientError) -> Self {
        match e {
            ClientError::Timeout => JetStreamError::Timeout,
            ClientError::NoResponders => JetStreamError::NotEnabled,
            e => JetStreamError::Client(e),
        }
    }
}

impl JetStreamError {
    /// The API error, when the server sent one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            JetStreamError::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The JetStream error code (`10059` stream not found, ...), when the server sent one.
    pub fn err_code(&self) -> Option<u16> {
        self.api().map(|e| e.err_code)
    }
}

/// Result of JetStream calls.
pub type Result<T, E = JetStreamError> = std::result::Result<T, E>;

/// Parses a response body: `{"error":{...}}` is [`JetStreamError::Api`], anything else `T`.
pub fn parse_response<T: DeserializeOwned>(payload: &[u8]) -> Result<T> {
    let v: serde_json::Value =
        serde_json::from_slice(payload).map_err(|e| JetStreamError::Decode(e.to_string()))?;
    if let Some(err) = v.get("error").filter(|e| !e.is_null()) {
        let e: ApiError = serde_json::from_value(err.clone())
            .map_err(|e| JetStreamError::Decode(e.to_string()))?;
        return Err(JetStreamError::Api(e));
    }
    serde_json::from_value(v).map_err(|e| JetStreamError::Decode(e.to_string()))
}

/// A paging request (`offset`, optional `subject` filter).
#[derive(Debug, Serialize)]
struct PageRequest<'a> {
    offset: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
}

#[derive(Debug, Deserialize)]
struct SuccessResponse {
    #[serde(default)]
    success: bool,
}

#[derive(Debug, Deserialize)]
struct MsgGetResponse {
    message: StoredMsg,
}

#[derive(Debug, Serialize)]
struct MsgDeleteRequest {
    seq: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    no_erase: bool,
}

/// A JetStream context: the API of one account (and domain) over one client connection.
/// Cheap to clone.
#[derive(Debug, Clone)]
pub struct JetStream {
    client: Client,
    prefix: String,
    timeout: Duration,
    /// Called with each API request and response as jsm.go's trace prints them
    /// (`>>> SUBJECT\nBODY\n\n`, `<<< SUBJECT\nBODY\n\n`, `<<< SUBJECT: ERROR\n\n`).
    tracer: Option<fn(&str)>,
}

impl JetStream {
    /// The context for `$JS.API`, with the client's request timeout.
    pub fn new(client: Client) -> JetStream {
        let timeout = client.options().request_timeout;
        JetStream {
            client,
            prefix: DEFAULT_API_PREFIX.to_string(),
            timeout,
            tracer: None,
        }
    }

    /// The context for JetStream domain `domain` (`$JS.<domain>.API`).
    pub fn with_domain(client: Client, domain: &str) -> JetStream {
        JetStream::with_prefix(client, format!("$JS.{domain}.API"))
    }

    /// The context for an explicit API prefix (imports from other accounts); a trailing `.`
    /// is dropped.
    pub fn with_prefix(client: Client, prefix: impl Into<String>) -> JetStream {
        let mut js = JetStream::new(client);
        let prefix: String = prefix.into();
        js.prefix = prefix.trim_end_matches('.').to_string();
        js
    }

    /// Sets the timeout of API requests and publish acks.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Traces every API request and response through `tracer` (natscli's `--trace`).
    pub fn set_tracer(&mut self, tracer: fn(&str)) {
        self.tracer = Some(tracer);
    }

    /// The API request timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The underlying client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The API prefix (`$JS.API`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Sends a raw API request to `<prefix>.<operation>` and parses the response as `T`.
    /// `body` is sent as is (empty for "no arguments").
    pub async fn request_raw<T: DeserializeOwned>(
        &self,
        operation: &str,
        body: Bytes,
    ) -> Result<T> {
        let subject = format!("{}.{operation}", self.prefix);
        if let Some(trace) = self.tracer {
            trace(&format!(
                ">>> {subject}\n{}\n\n",
                String::from_utf8_lossy(&body)
            ));
        }
        let reply = self
            .client
            .request_with(subject.clone(), None, body, self.timeout)
            .await;
        if let Some(trace) = self.tracer {
            match &reply {
                Ok(msg) => trace(&format!(
                    "<<< {subject}\n{}\n\n",
                    String::from_utf8_lossy(&msg.payload)
                )),
                Err(e) => trace(&format!("<<< {subject}: {e}\n\n")),
            }
        }
        parse_response(&reply?.payload)
    }

    /// Sends `body` as JSON to `<prefix>.<operation>` and parses the response as `T`.
    pub async fn request<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        operation: &str,
        body: &B,
    ) -> Result<T> {
        let body = serde_json::to_vec(body).map_err(|e| JetStreamError::Decode(e.to_string()))?;
        self.request_raw(operation, Bytes::from(body)).await
    }

    /// `$JS.API.INFO`: usage and limits of the account.
    pub async fn account_info(&self) -> Result<AccountInfo> {
        self.request_raw("INFO", Bytes::new()).await
    }

    /// Creates a stream (`STREAM.CREATE`); creating an identical one again succeeds.
    pub async fn create_stream(&self, cfg: &StreamConfig) -> Result<StreamInfo> {
        self.request(&format!("STREAM.CREATE.{}", cfg.name), cfg)
            .await
    }

    /// Updates a stream's config (`STREAM.UPDATE`).
    pub async fn update_stream(&self, cfg: &StreamConfig) -> Result<StreamInfo> {
        self.request(&format!("STREAM.UPDATE.{}", cfg.name), cfg)
            .await
    }

    /// A stream's config and state (`STREAM.INFO`).
    pub async fn stream_info(&self, name: &str) -> Result<StreamInfo> {
        self.request_raw(&format!("STREAM.INFO.{name}"), Bytes::new())
            .await
    }

    /// A stream's info with details: deleted sequences and/or per-subject counts.
    pub async fn stream_info_with(
        &self,
        name: &str,
        req: &StreamInfoRequest,
    ) -> Result<StreamInfo> {
        self.request(&format!("STREAM.INFO.{name}"), req).await
    }

    /// Deletes a stream and its messages and consumers (`STREAM.DELETE`).
    pub async fn delete_stream(&self, name: &str) -> Result<()> {
        let r: SuccessResponse = self
            .request_raw(&format!("STREAM.DELETE.{name}"), Bytes::new())
            .await?;
        success(r.success, "stream delete")
    }

    /// One page of stream names (`STREAM.NAMES`), optionally only streams capturing
    /// `subject`.
    pub async fn stream_names_page(
        &self,
        offset: u64,
        subject: Option<&str>,
    ) -> Result<StreamNamesPage> {
        self.request("STREAM.NAMES", &PageRequest { offset, subject })
            .await
    }

    /// Every stream name, all pages fetched.
    pub async fn stream_names(&self, subject: Option<&str>) -> Result<Vec<String>> {
        let mut all = Vec::new();
        loop {
            let page = self.stream_names_page(all.len() as u64, subject).await?;
            let n = page.streams.len();
            all.extend(page.streams);
            if n == 0 || all.len() as u64 >= page.total {
                return Ok(all);
            }
        }
    }

    /// One page of stream infos (`STREAM.LIST`).
    pub async fn stream_list_page(
        &self,
        offset: u64,
        subject: Option<&str>,
    ) -> Result<StreamListPage> {
        self.request("STREAM.LIST", &PageRequest { offset, subject })
            .await
    }

    /// Every stream's info, all pages fetched.
    pub async fn streams(&self, subject: Option<&str>) -> Result<Vec<StreamInfo>> {
        let mut all = Vec::new();
        loop {
            let page = self.stream_list_page(all.len() as u64, subject).await?;
            let n = page.streams.len();
            all.extend(page.streams);
            if n == 0 || all.len() as u64 >= page.total {
                return Ok(all);
            }
        }
    }

    /// Purges messages (`STREAM.PURGE`); returns how many were removed.
    pub async fn purge_stream(&self, name: &str, req: &PurgeRequest) -> Result<u64> {
        let r: PurgeResponse = self.request(&format!("STREAM.PURGE.{name}"), req).await?;
        success(r.success, "stream purge")?;
        Ok(r.purged)
    }

    /// Reads one stored message (`STREAM.MSG.GET`).
    pub async fn get_msg(&self, stream: &str, req: &MsgGetRequest) -> Result<StoredMsg> {
        let r: MsgGetResponse = self
            .request(&format!("STREAM.MSG.GET.{stream}"), req)
            .await?;
        Ok(r.message)
    }

    /// Deletes one message (`STREAM.MSG.DELETE`); `erase` overwrites its data too.
    pub async fn delete_msg(&self, stream: &str, seq: u64, erase: bool) -> Result<()> {
        let r: SuccessResponse = self
            .request(
                &format!("STREAM.MSG.DELETE.{stream}"),
                &MsgDeleteRequest {
                    seq,
                    no_erase: !erase,
                },
            )
            .await?;
        success(r.success, "message delete")
    }

    /// Creates (or updates) a consumer; see [`JetStream::create_consumer_with`].
    pub async fn create_consumer(
        &self,
        stream: &str,
        cfg: &ConsumerConfig,
    ) -> Result<ConsumerInfo> {
        self.create_consumer_with(stream, cfg, ConsumerAction::CreateOrUpdate)
            .await
    }

    /// Creates or updates a consumer (`CONSUMER.CREATE.<stream>[.<name>[.<filter>]]`, the
    /// name from `name` or `durable_name`; without either the server picks one).
    pub async fn create_consumer_with(
        &self,
        stream: &str,
        cfg: &ConsumerConfig,
        action: ConsumerAction,
    ) -> Result<ConsumerInfo> {
        let name = if cfg.name.is_empty() {
            &cfg.durable_name
        } else {
            &cfg.name
        };
        let operation = match (name.is_empty(), cfg.filter_subject.is_empty()) {
            (true, _) => format!("CONSUMER.CREATE.{stream}"),
            (false, true) => format!("CONSUMER.CREATE.{stream}.{name}"),
            (false, false) => format!("CONSUMER.CREATE.{stream}.{name}.{}", cfg.filter_subject),
        };
        let req = CreateConsumerRequest {
            stream_name: stream,
            config: cfg,
            action,
        };
        self.request(&operation, &req).await
    }

    /// A consumer's config and state (`CONSUMER.INFO`).
    pub async fn consumer_info(&self, stream: &str, consumer: &str) -> Result<ConsumerInfo> {
        self.request_raw(&format!("CONSUMER.INFO.{stream}.{consumer}"), Bytes::new())
            .await
    }

    /// Pauses a consumer until `until` (RFC 3339), or resumes it when `None`
    /// (`CONSUMER.PAUSE`, nats-server 2.11 and later).
    pub async fn pause_consumer(
        &self,
        stream: &str,
        consumer: &str,
        until: Option<&str>,
    ) -> Result<ConsumerPauseResponse> {
        let body = match until {
            Some(t) => serde_json::json!({ "pause_until": t }),
            None => serde_json::json!({}),
        };
        self.request(&format!("CONSUMER.PAUSE.{stream}.{consumer}"), &body)
            .await
    }

    /// Drops the pinned client of a priority group (`CONSUMER.UNPIN`, nats-server 2.11 and
    /// later).
    pub async fn unpin_consumer(&self, stream: &str, consumer: &str, group: &str) -> Result<()> {
        let _: serde_json::Value = self
            .request(
                &format!("CONSUMER.UNPIN.{stream}.{consumer}"),
                &serde_json::json!({ "group": group }),
            )
            .await?;
        Ok(())
    }

    /// Deletes a consumer (`CONSUMER.DELETE`).
    pub async fn delete_consumer(&self, stream: &str, consumer: &str) -> Result<()> {
        let r: SuccessResponse = self
            .request_raw(
                &format!("CONSUMER.DELETE.{stream}.{consumer}"),
                Bytes::new(),
            )
            .await?;
        success(r.success, "consumer delete")
    }

    /// One page of consumer names (`CONSUMER.NAMES`).
    pub async fn consumer_names_page(
        &self,
        stream: &str,
        offset: u64,
    ) -> Result<ConsumerNamesPage> {
        let req = PageRequest {
            offset,
            subject: None,
        };
        self.request(&format!("CONSUMER.NAMES.{stream}"), &req)
            .await
    }

    /// Every consumer name of `stream`, all pages fetched.
    pub async fn consumer_names(&self, stream: &str) -> Result<Vec<String>> {
        let mut all = Vec::new();
        loop {
            let page = self.consumer_names_page(stream, all.len() as u64).await?;
            let n = page.consumers.len();
            all.extend(page.consumers);
            if n == 0 || all.len() as u64 >= page.total {
                return Ok(all);
            }
        }
    }

    /// One page of consumer infos (`CONSUMER.LIST`).
    pub async fn consumer_list_page(&self, stream: &str, offset: u64) -> Result<ConsumerListPage> {
        let req = PageRequest {
            offset,
            subject: None,
        };
        self.request(&format!("CONSUMER.LIST.{stream}"), &req).await
    }

    /// Every consumer's info of `stream`, all pages fetched.
    pub async fn consumers(&self, stream: &str) -> Result<Vec<ConsumerInfo>> {
        let mut all = Vec::new();
        loop {
            let page = self.consumer_list_page(stream, all.len() as u64).await?;
            let n = page.consumers.len();
            all.extend(page.consumers);
            if n == 0 || all.len() as u64 >= page.total {
                return Ok(all);
            }
        }
    }

    /// Publishes `payload` to `subject` and waits for the stream's acknowledgement.
    pub async fn publish(&self, subject: impl Into<String>, payload: Bytes) -> Result<PubAck> {
        self.publish_with_headers(subject, None, payload).await
    }

    /// Publishes with headers (`Nats-Msg-Id`, `Nats-Expected-*`, ...) and waits for the ack.
    /// No stream on the subject is [`JetStreamError::NoResponders`].
    pub async fn publish_with_headers(
        &self,
        subject: impl Into<String>,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Result<PubAck> {
        let msg = self
            .client
            .request_with(subject, headers, payload, self.timeout)
            .await
            .map_err(|e| match e {
                ClientError::NoResponders => JetStreamError::NoResponders,
                e => JetStreamError::from(e),
            })?;
        parse_response(&msg.payload)
    }

    /// Pulls up to `req.batch` messages from a pull consumer (`CONSUMER.MSG.NEXT`) and
    /// returns those that arrived before the request ended: the batch is full, the server
    /// reported no messages (404, with `no_wait`) or the request expired (408), or `expires`
    /// (plus a second of grace; the API timeout without `expires`) passed. Heartbeats are
    /// skipped. Any other status before the first message is [`JetStreamError::Status`].
    pub async fn fetch(
        &self,
        stream: &str,
        consumer: &str,
        req: &NextRequest,
    ) -> Result<Vec<Message>> {
        let inbox = self.client.new_inbox();
        let mut sub = self.client.subscribe(inbox.clone()).await?;
        let body = serde_json::to_vec(req).map_err(|e| JetStreamError::Decode(e.to_string()))?;
        self.client
            .publish_with_reply(
                format!("{}.CONSUMER.MSG.NEXT.{stream}.{consumer}", self.prefix),
                inbox,
                None,
                Bytes::from(body),
            )
            .await?;
        let wait = if req.expires > 0 {
            Duration::from_nanos(req.expires.unsigned_abs()) + Duration::from_secs(1)
        } else {
            self.timeout
        };
        let deadline = tokio::time::Instant::now() + wait;
        let mut out = Vec::new();
        let want = req.batch.max(1) as usize;
        while out.len() < want {
            let msg = match tokio::time::timeout_at(deadline, sub.next()).await {
                Err(_) if out.is_empty() && req.expires <= 0 => {
                    return Err(JetStreamError::Timeout)
                }
                Err(_) => break,
                Ok(None) => return Err(JetStreamError::Client(ClientError::Closed)),
                Ok(Some(m)) => m,
            };
            match msg.status() {
                None => out.push(msg),
                Some(100) => {}
                Some(404) | Some(408) => break,
                Some(503) => return Err(JetStreamError::NotEnabled),
                Some(code) => {
                    if out.is_empty() {
                        return Err(JetStreamError::Status {
                            code,
                            description: msg.description().unwrap_or_default().to_string(),
                        });
                    }
                    break;
                }
            }
        }
        let _ = sub.unsubscribe().await;
        Ok(out)
    }

    /// Acknowledges a message delivered by a consumer (`+ACK` to its reply subject).
    pub async fn ack(&self, msg: &Message) -> Result<()> {
        self.ack_with(msg, "+ACK").await
    }

    /// Sends an acknowledgement body (`+ACK`, `-NAK`, `+WPI`, `+TERM`, `+NXT`) to a
    /// delivered message's reply subject.
    pub async fn ack_with(&self, msg: &Message, body: &str) -> Result<()> {
        let Some(reply) = &msg.reply else {
            return Err(JetStreamError::Decode(
                "message has no reply subject to acknowledge".to_string(),
            ));
        };
        self.client
            .publish(reply.clone(), Bytes::copy_from_slice(body.as_bytes()))
            .await?;
        Ok(())
    }
}

/// `Ok` when the server reported success.
fn success(ok: bool, what: &str) -> Result<()> {
    if ok {
        Ok(())
    } else {
        Err(JetStreamError::Decode(format!(
            "{what} did not report success"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_responses_become_api_errors() {
        let r: Result<StreamInfo> = parse_response(
            br#"{"type":"io.nats.jetstream.api.v1.stream_info_response","error":{"code":404,"err_code":10059,"description":"stream not found"}}"#,
        );
        let e = r.expect_err("error");
        assert_eq!(e.err_code(), Some(10059));
        assert_eq!(e.to_string(), "stream not found (10059)");
        let r: Result<PurgeResponse> = parse_response(br#"{"success":true,"purged":3}"#);
        assert_eq!(r.expect("purge").purged, 3);
        let r: Result<PurgeResponse> = parse_response(b"not json");
        assert!(matches!(r, Err(JetStreamError::Decode(_))));
    }

    #[test]
    fn client_errors_map() {
        assert!(matches!(
            JetStreamError::from(ClientError::NoResponders),
            JetStreamError::NotEnabled
        ));
        assert!(matches!(
            JetStreamError::from(ClientError::Timeout),
            JetStreamError::Timeout
        ));
    }
}
