//! NATS services ("micro", ADR-32): the discovery wire types and a client-side framework.
//!
//! A service is a name, a semantic version and an id (a NUID per instance) with endpoints:
//! subjects served through a queue group (`q` by default). Every instance answers discovery
//! requests on `$SRV.<VERB>`, `$SRV.<VERB>.<name>` and `$SRV.<VERB>.<name>.<id>` for the verbs
//! `PING`, `INFO` and `STATS`, with the JSON bodies typed here
//! (`io.nats.micro.v1.{ping,info,stats}_response`, field names as nats.go's `micro` package).
//! Requests count towards their endpoint's statistics when answered: [`Request::respond`]
//! counts a request, [`Request::respond_error`] a request and an error (with the
//! `Nats-Service-Error` and `Nats-Service-Error-Code` headers).
//!
//! Used by `nats service` (`micro`) in rnats-cli, both to discover services and to run its
//! demo service; the types are what any ADR-32 client (nats.go, async-nats) sends and expects.

use crate::client::{Client, ClientError, Message, Subscriber};
use crate::HeaderMap;
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The subject prefix of discovery requests.
pub const API_PREFIX: &str = "$SRV";
/// `type` of a PING reply.
pub const PING_RESPONSE_TYPE: &str = "io.nats.micro.v1.ping_response";
/// `type` of an INFO reply.
pub const INFO_RESPONSE_TYPE: &str = "io.nats.micro.v1.info_response";
/// `type` of a STATS reply.
pub const STATS_RESPONSE_TYPE: &str = "io.nats.micro.v1.stats_response";
/// The queue group endpoints use unless configured otherwise.
pub const DEFAULT_QUEUE_GROUP: &str = "q";
/// Header carrying an error description in a reply.
pub const ERROR_HEADER: &str = "Nats-Service-Error";
/// Header carrying an error code in a reply.
pub const ERROR_CODE_HEADER: &str = "Nats-Service-Error-Code";

/// A discovery verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// `PING`: who is there.
    Ping,
    /// `INFO`: description and endpoints.
    Info,
    /// `STATS`: per-endpoint statistics.
    Stats,
}

impl Verb {
    /// The verb as it appears in subjects.
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Ping => "PING",
            Verb::Info => "INFO",
            Verb::Stats => "STATS",
        }
    }
}

/// `$SRV.<VERB>[.<name>[.<id>]]` (an id without a name is ignored, as nats.go does).
pub fn verb_subject(verb: Verb, name: &str, id: &str) -> String {
    match (name.is_empty(), id.is_empty()) {
        (true, _) => format!("{API_PREFIX}.{}", verb.as_str()),
        (false, true) => format!("{API_PREFIX}.{}.{name}", verb.as_str()),
        (false, false) => format!("{API_PREFIX}.{}.{name}.{id}", verb.as_str()),
    }
}

/// A PING reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ping {
    /// Service name.
    pub name: String,
    /// Instance id.
    pub id: String,
    /// Semantic version.
    pub version: String,
    /// Service metadata.
    #[serde(default)]
    pub metadata: Option<BTreeMap<String, String>>,
    /// [`PING_RESPONSE_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
}

/// One endpoint in an INFO reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EndpointInfo {
    /// Endpoint name.
    pub name: String,
    /// The subject it serves.
    pub subject: String,
    /// Its queue group.
    #[serde(default)]
    pub queue_group: String,
    /// Endpoint metadata.
    #[serde(default)]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// An INFO reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {
    /// Service name.
    pub name: String,
    /// Instance id.
    pub id: String,
    /// Semantic version.
    pub version: String,
    /// Service metadata.
    #[serde(default)]
    pub metadata: Option<BTreeMap<String, String>>,
    /// [`INFO_RESPONSE_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// Description.
    #[serde(default)]
    pub description: String,
    /// The endpoints.
    #[serde(default)]
    pub endpoints: Vec<EndpointInfo>,
}

/// One endpoint in a STATS reply. Times are nanoseconds, as Go's `time.Duration`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EndpointStats {
    /// Endpoint name.
    pub name: String,
    /// The subject it serves.
    pub subject: String,
    /// Its queue group.
    #[serde(default)]
    pub queue_group: String,
    /// Requests answered.
    #[serde(default)]
    pub num_requests: u64,
    /// Requests answered with an error.
    #[serde(default)]
    pub num_errors: u64,
    /// The last error (`"code:description"`), empty when none.
    #[serde(default)]
    pub last_error: String,
    /// Total processing time, nanoseconds.
    #[serde(default)]
    pub processing_time: i64,
    /// Average processing time, nanoseconds.
    #[serde(default)]
    pub average_processing_time: i64,
    /// Endpoint specific statistics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
}

/// A STATS reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Service name.
    pub name: String,
    /// Instance id.
    pub id: String,
    /// Semantic version.
    pub version: String,
    /// Service metadata.
    #[serde(default)]
    pub metadata: Option<BTreeMap<String, String>>,
    /// [`STATS_RESPONSE_TYPE`].
    #[serde(rename = "type")]
    pub kind: String,
    /// When the instance started (RFC 3339, UTC).
    #[serde(default)]
    pub started: String,
    /// Per-endpoint statistics.
    #[serde(default)]
    pub endpoints: Vec<EndpointStats>,
}

/// Errors of the services framework.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The name has characters other than `A-Z a-z 0-9 _ -`.
    #[error("service name is not a valid string (only A-Z, a-z, 0-9, _, - are allowed)")]
    InvalidName,
    /// The version is not a semantic version.
    #[error("service version is not a valid semver string")]
    InvalidVersion,
    /// An endpoint name or subject is unusable.
    #[error("invalid endpoint: {0}")]
    InvalidEndpoint(String),
    /// The connection failed.
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// What a service is created with.
#[derive(Debug, Clone, Default)]
pub struct ServiceConfig {
    /// Service name (`A-Z a-z 0-9 _ -`).
    pub name: String,
    /// Semantic version (`1.0.0`).
    pub version: String,
    /// Description shown by INFO.
    pub description: String,
    /// Metadata shown by PING, INFO and STATS.
    pub metadata: BTreeMap<String, String>,
    /// Queue group for the endpoints (default [`DEFAULT_QUEUE_GROUP`]).
    pub queue_group: Option<String>,
}

/// Live statistics of one endpoint.
#[derive(Debug, Clone, Default)]
struct EndpointState {
    info: EndpointInfo,
    requests: u64,
    errors: u64,
    last_error: String,
    processing: Duration,
    data: Option<serde_json::Value>,
}

impl EndpointState {
    fn stats(&self) -> EndpointStats {
        let total = self.processing.as_nanos().min(i64::MAX as u128) as i64;
        let avg = if self.requests > 0 {
            total / self.requests as i64
        } else {
            0
        };
        EndpointStats {
            name: self.info.name.clone(),
            subject: self.info.subject.clone(),
            queue_group: self.info.queue_group.clone(),
            num_requests: self.requests,
            num_errors: self.errors,
            last_error: self.last_error.clone(),
            processing_time: total,
            average_processing_time: avg,
            data: self.data.clone(),
        }
    }
}

#[derive(Debug)]
struct State {
    config: ServiceConfig,
    id: String,
    started: String,
    endpoints: Vec<EndpointState>,
}

type Shared = Arc<Mutex<State>>;

fn lock(state: &Shared) -> std::sync::MutexGuard<'_, State> {
    // A poisoned lock only means a panicking handler held it; the counters are still usable.
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A running service instance: answers discovery requests until [`Service::stop`] or until
/// the client closes.
#[derive(Debug)]
pub struct Service {
    client: Client,
    state: Shared,
    discovery: tokio::task::JoinHandle<()>,
}

fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// SemVer 2.0: `MAJOR.MINOR.PATCH` without leading zeros, optional `-pre` and `+build`.
fn valid_semver(s: &str) -> bool {
    let (rest, build) = match s.split_once('+') {
        Some((r, b)) => (r, Some(b)),
        None => (s, None),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (rest, None),
    };
    let num_ok = |n: &str| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n == "0" || !n.starts_with('0'))
    };
    let ident_ok = |p: &str| {
        p.split('.')
            .all(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    let nums: Vec<&str> = core.split('.').collect();
    nums.len() == 3
        && nums.iter().all(|n| num_ok(n))
        && pre.is_none_or(ident_ok)
        && build.is_none_or(ident_ok)
}

impl Service {
    /// Registers a service on `client` and starts answering discovery requests.
    pub async fn add(client: &Client, config: ServiceConfig) -> Result<Service, ServiceError> {
        if !valid_name(&config.name) {
            return Err(ServiceError::InvalidName);
        }
        if !valid_semver(&config.version) {
            return Err(ServiceError::InvalidVersion);
        }
        let id = crate::nuid::next();
        let started = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
        let state = Arc::new(Mutex::new(State {
            config: config.clone(),
            id: id.clone(),
            started,
            endpoints: Vec::new(),
        }));
        let mut subs = Vec::new();
        for verb in [Verb::Ping, Verb::Info, Verb::Stats] {
            for (n, i) in [
                ("", ""),
                (config.name.as_str(), ""),
                (config.name.as_str(), id.as_str()),
            ] {
                subs.push((verb, client.subscribe(verb_subject(verb, n, i)).await?));
            }
        }
        let discovery = tokio::spawn(answer_discovery(client.clone(), state.clone(), subs));
        Ok(Service {
            client: client.clone(),
            state,
            discovery,
        })
    }

    /// This instance's id.
    pub fn id(&self) -> String {
        lock(&self.state).id.clone()
    }

    /// A group: endpoints added through it serve `<prefix>.<subject>`.
    pub fn group(&self, prefix: impl Into<String>) -> Group<'_> {
        Group {
            service: self,
            prefix: prefix.into(),
        }
    }

    /// Adds an endpoint serving `name` as its subject.
    pub async fn add_endpoint(&self, name: &str) -> Result<Endpoint, ServiceError> {
        self.endpoint(name, name, BTreeMap::new()).await
    }

    /// Adds an endpoint `name` serving `subject` (wildcards allowed) with `metadata`.
    pub async fn endpoint(
        &self,
        name: &str,
        subject: &str,
        metadata: BTreeMap<String, String>,
    ) -> Result<Endpoint, ServiceError> {
        if !valid_name(name) {
            return Err(ServiceError::InvalidEndpoint(format!(
                "endpoint name {name:?} is not valid"
            )));
        }
        if !crate::subject::is_valid_subject(subject.as_bytes()) {
            return Err(ServiceError::InvalidEndpoint(format!(
                "subject {subject:?} is not valid"
            )));
        }
        let queue = lock(&self.state)
            .config
            .queue_group
            .clone()
            .unwrap_or_else(|| DEFAULT_QUEUE_GROUP.to_string());
        let sub = self
            .client
            .queue_subscribe(subject.to_string(), queue.clone())
            .await?;
        let index = {
            let mut st = lock(&self.state);
            st.endpoints.push(EndpointState {
                info: EndpointInfo {
                    name: name.to_string(),
                    subject: subject.to_string(),
                    queue_group: queue,
                    metadata: if metadata.is_empty() {
                        None
                    } else {
                        Some(metadata)
                    },
                },
                ..EndpointState::default()
            });
            st.endpoints.len() - 1
        };
        Ok(Endpoint {
            sub,
            client: self.client.clone(),
            state: self.state.clone(),
            index,
        })
    }

    /// The PING reply of this instance.
    pub fn ping(&self) -> Ping {
        ping_of(&lock(&self.state))
    }

    /// The INFO reply of this instance.
    pub fn info(&self) -> Info {
        info_of(&lock(&self.state))
    }

    /// The STATS reply of this instance.
    pub fn stats(&self) -> Stats {
        stats_of(&lock(&self.state))
    }

    /// Stops answering discovery requests (endpoints stop when dropped).
    pub fn stop(self) {
        self.discovery.abort();
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        self.discovery.abort();
    }
}

fn metadata_of(st: &State) -> Option<BTreeMap<String, String>> {
    Some(st.config.metadata.clone())
}

fn ping_of(st: &State) -> Ping {
    Ping {
        name: st.config.name.clone(),
        id: st.id.clone(),
        version: st.config.version.clone(),
        metadata: metadata_of(st),
        kind: PING_RESPONSE_TYPE.to_string(),
    }
}

fn info_of(st: &State) -> Info {
    Info {
        name: st.config.name.clone(),
        id: st.id.clone(),
        version: st.config.version.clone(),
        metadata: metadata_of(st),
        kind: INFO_RESPONSE_TYPE.to_string(),
        description: st.config.description.clone(),
        endpoints: st.endpoints.iter().map(|e| e.info.clone()).collect(),
    }
}

fn stats_of(st: &State) -> Stats {
    Stats {
        name: st.config.name.clone(),
        id: st.id.clone(),
        version: st.config.version.clone(),
        metadata: metadata_of(st),
        kind: STATS_RESPONSE_TYPE.to_string(),
        started: st.started.clone(),
        endpoints: st.endpoints.iter().map(EndpointState::stats).collect(),
    }
}

/// Answers discovery requests from the nine verb subscriptions until the client closes.
async fn answer_discovery(client: Client, state: Shared, subs: Vec<(Verb, Subscriber)>) {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(Verb, Message)>(64);
    for (verb, mut sub) in subs {
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Some(m) = sub.next().await {
                if tx.send((verb, m)).await.is_err() {
                    break;
                }
            }
        });
    }
    drop(tx);
    while let Some((verb, msg)) = rx.recv().await {
        let Some(reply) = msg.reply else { continue };
        let body = {
            let st = lock(&state);
            match verb {
                Verb::Ping => serde_json::to_vec(&ping_of(&st)),
                Verb::Info => serde_json::to_vec(&info_of(&st)),
                Verb::Stats => serde_json::to_vec(&stats_of(&st)),
            }
        };
        let Ok(body) = body else { continue };
        if client.publish(reply, Bytes::from(body)).await.is_err() {
            break;
        }
    }
}

/// A group of endpoints under a subject prefix.
#[derive(Debug)]
pub struct Group<'a> {
    service: &'a Service,
    prefix: String,
}

impl Group<'_> {
    /// A nested group: `<prefix>.<more>`.
    pub fn group(&self, more: &str) -> Group<'_> {
        Group {
            service: self.service,
            prefix: format!("{}.{more}", self.prefix),
        }
    }

    /// Adds endpoint `name` on `<prefix>.<name>`.
    pub async fn add_endpoint(&self, name: &str) -> Result<Endpoint, ServiceError> {
        let subject = format!("{}.{name}", self.prefix);
        self.service.endpoint(name, &subject, BTreeMap::new()).await
    }
}

/// An endpoint: a stream of [`Request`]s.
#[derive(Debug)]
pub struct Endpoint {
    sub: Subscriber,
    client: Client,
    state: Shared,
    index: usize,
}

impl Endpoint {
    /// The next request, `None` once the connection closed.
    pub async fn next(&mut self) -> Option<Request> {
        let message = self.sub.next().await?;
        Some(Request {
            message,
            client: self.client.clone(),
            state: self.state.clone(),
            index: self.index,
            received: Instant::now(),
        })
    }

    /// Sets the endpoint specific statistics (`data` in STATS).
    pub fn set_data(&self, data: serde_json::Value) {
        if let Some(e) = lock(&self.state).endpoints.get_mut(self.index) {
            e.data = Some(data);
        }
    }
}

/// One request to an endpoint.
#[derive(Debug)]
pub struct Request {
    /// The request message.
    pub message: Message,
    client: Client,
    state: Shared,
    index: usize,
    received: Instant,
}

impl Request {
    fn record(&self, error: Option<String>) {
        let took = self.received.elapsed();
        if let Some(e) = lock(&self.state).endpoints.get_mut(self.index) {
            e.requests += 1;
            e.processing += took;
            if let Some(err) = error {
                e.errors += 1;
                e.last_error = err;
            }
        }
    }

    /// Replies with `payload` and optional headers.
    pub async fn respond(
        &self,
        headers: Option<HeaderMap>,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        self.record(None);
        let Some(reply) = self.message.reply.clone() else {
            return Ok(());
        };
        match headers {
            Some(h) => self.client.publish_with_headers(reply, h, payload).await,
            None => self.client.publish(reply, payload).await,
        }
    }

    /// Replies with an error: `Nats-Service-Error` and `Nats-Service-Error-Code` headers,
    /// counted as an error in the endpoint's statistics.
    pub async fn respond_error(
        &self,
        code: u16,
        description: &str,
        payload: Bytes,
    ) -> Result<(), ClientError> {
        self.record(Some(format!("{code}:{description}")));
        let Some(reply) = self.message.reply.clone() else {
            return Ok(());
        };
        let mut h = HeaderMap::new();
        let _ = h.insert(ERROR_HEADER, description);
        let _ = h.insert(ERROR_CODE_HEADER, &code.to_string());
        self.client.publish_with_headers(reply, h, payload).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        assert_eq!(verb_subject(Verb::Ping, "", ""), "$SRV.PING");
        assert_eq!(verb_subject(Verb::Info, "svc", ""), "$SRV.INFO.svc");
        assert_eq!(verb_subject(Verb::Stats, "svc", "ID"), "$SRV.STATS.svc.ID");
        assert_eq!(verb_subject(Verb::Stats, "", "ID"), "$SRV.STATS");
    }

    #[test]
    fn names_and_versions() {
        assert!(valid_name("my-svc_1"));
        assert!(!valid_name("my.svc"));
        assert!(!valid_name(""));
        for v in ["1.0.0", "0.1.2-rc.1", "1.2.3+build.5", "1.2.3-alpha+b"] {
            assert!(valid_semver(v), "{v}");
        }
        for v in ["1.0", "01.0.0", "1.0.0-", "x.y.z", ""] {
            assert!(!valid_semver(v), "{v}");
        }
    }

    #[test]
    fn json_shapes_match_adr_32() {
        let st = State {
            config: ServiceConfig {
                name: "s".into(),
                version: "1.0.0".into(),
                ..ServiceConfig::default()
            },
            id: "ID".into(),
            started: "2024-01-01T00:00:00Z".into(),
            endpoints: vec![EndpointState {
                info: EndpointInfo {
                    name: "e".into(),
                    subject: "s.e".into(),
                    queue_group: "q".into(),
                    metadata: None,
                },
                requests: 2,
                processing: Duration::from_nanos(10),
                ..EndpointState::default()
            }],
        };
        let v = serde_json::to_value(stats_of(&st)).expect("json");
        assert_eq!(v["type"], STATS_RESPONSE_TYPE);
        assert_eq!(v["endpoints"][0]["num_requests"], 2);
        assert_eq!(v["endpoints"][0]["average_processing_time"], 5);
        assert!(v["endpoints"][0].get("data").is_none());
        let v = serde_json::to_value(info_of(&st)).expect("json");
        assert_eq!(v["endpoints"][0]["queue_group"], "q");
        assert_eq!(v["metadata"], serde_json::json!({}));
        let v = serde_json::to_value(ping_of(&st)).expect("json");
        assert_eq!(v["type"], PING_RESPONSE_TYPE);
    }
}
