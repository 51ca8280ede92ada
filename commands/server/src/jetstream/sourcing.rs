//! Mirrors and sources: a stream that copies another stream's messages (upstream
//! `server/stream.go` `setupMirrorConsumer`, `trySetupSourceConsumer`,
//! `processInboundMirrorMsg`, `processInboundSourceMsg`).
//!
//! As upstream does, each mirror or source is an ordered push consumer on the origin created
//! through the JetStream API (`<api prefix>.CONSUMER.CREATE.<origin>`, so an `external` API
//! prefix reaches another account or domain through its imports): ack policy none, flow
//! control, 1 s idle heartbeats, an inactive threshold so an abandoned one goes away, and a
//! deliver subject (`$JS.M.<id>` / `$JS.S.<id>`, under `external.deliver` when given). As 2.14
//! does, the request is `sourcing` and names the consumer after the stream (`JS_MIRROR_<hash>`,
//! `JS_SRC_<hash>`): the origin's server suffixes the name of a temporary one, and on an
//! interest-retention origin makes it a durable acknowledged through the flow-control answers,
//! so the origin keeps each message until it is sourced; that one is deleted when the source
//! or the stream goes, not when a session ends. Each
//! delivery's ack reply carries the origin sequence, delivery sequence, timestamp and pending
//! count: a gap in delivery sequences, a missing heartbeat or a heartbeat naming another last
//! delivery recreates the consumer from the last origin sequence taken.
//!
//! Durability: a mirror stores each message under its origin sequence (gaps are skipped), so
//! after a restart it resumes from its own last sequence. A source stamps each message with
//! `Nats-Stream-Source: <origin> <seq> <filter> <dest> <subject>` (upstream's 2.10 format), and
//! after a restart it resumes after the newest such header of its own.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use bytes::Bytes;
use rnats_proto::headers::slice_header;
use rnats_proto::jetstream::sourcing::{
    StreamConsumerSource, StreamSource, StreamSourceInfo, SubjectTransformConfig,
};
use rnats_proto::subject::{is_valid_publish_subject, is_valid_subject, overlap};
use serde_json::{json, Value};
use tokio::sync::Notify;

use super::config::StreamConfig;
use super::errors::{ApiError, JsError};
use super::now_ns;
use super::store::{NewMsg, StoreError};
use super::stream::Stream;
use super::transforms::{known_fields, parse_field, TRANSFORM_FIELDS};
use crate::internal::{InternalClient, InternalMsg, InternalReceiver};
use crate::transform::{validate_destination, SubjectTransform};

/// Header stamped on sourced messages.
pub const STREAM_SOURCE: &str = "Nats-Stream-Source";
/// Idle heartbeat of the origin consumer (upstream `sourceHealthHB`).
const HEARTBEAT: Duration = Duration::from_secs(1);
/// Silence after which the origin consumer is recreated.
const STALLED: Duration = Duration::from_secs(3);
/// Inactive threshold of the origin consumer (upstream `sourceHealthCheckInterval`).
const INACTIVE: Duration = Duration::from_secs(10);
/// Wait for a consumer create response.
const CREATE_WAIT: Duration = Duration::from_secs(5);
/// Wait between two consumer create attempts (upstream `sourceConsumerRetryThreshold`).
const RETRY: Duration = Duration::from_secs(2);
/// Default JetStream API prefix.
const API_PREFIX: &str = "$JS.API";
/// The API level a sourcing consumer create asks of the origin's server (durable sourcing,
/// ack policy `flow_control`, consumer reset).
const REQUIRED_API_LEVEL: &[u8] = b"NATS/1.0\r\nNats-Required-Api-Level: 4\r\n\r\n";
/// `JSRequiredApiLevelErr` and `JSInvalidJSONErr`: an origin server from before 2.14, asked
/// again without `sourcing`.
const OLD_SERVER_ERRORS: [u16; 2] = [10185, 10025];

/// Whether the config asks for a mirror or sources.
pub fn is_sourcing(cfg: &StreamConfig) -> bool {
    !cfg.mirror.is_null() || cfg.sources.as_array().is_some_and(|a| !a.is_empty())
}

/// The mirror of a checked config.
pub fn mirror_of(cfg: &StreamConfig) -> Option<StreamSource> {
    parse_field(&cfg.mirror).ok().flatten()
}

/// The sources of a checked config.
pub fn sources_of(cfg: &StreamConfig) -> Vec<StreamSource> {
    parse_field::<Vec<StreamSource>>(&cfg.sources)
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn check_transforms(
    trs: &[SubjectTransformConfig],
    bad_src: JsError,
    bad_dest: JsError,
) -> Result<(), ApiError> {
    for t in trs {
        if !t.src.is_empty() && !is_valid_subject(t.src.as_bytes()) {
            return Err(ApiError::text(
                bad_src,
                format!("invalid subject {}", t.src),
            ));
        }
        validate_destination(&t.src, &t.dest).map_err(|e| ApiError::text(bad_dest, e))?;
    }
    Ok(())
}

fn check_external(s: &StreamSource) -> Result<(), ApiError> {
    let Some(ext) = &s.external else {
        return Ok(());
    };
    if !ext.deliver.is_empty() && !is_valid_publish_subject(ext.deliver.as_bytes()) {
        return Err(ApiError::with(
            JsError::StreamInvalidExternalDeliverySubj,
            &[("prefix", &ext.deliver)],
        ));
    }
    if !ext.api.is_empty() {
        if !is_valid_publish_subject(ext.api.as_bytes()) {
            return Err(ApiError::text(
                JsError::StreamInvalidConfig,
                format!(
                    "stream external api prefix {:?} must be a valid subject without wildcards",
                    ext.api
                ),
            ));
        }
        if overlap(ext.api.as_bytes(), API_PREFIX.as_bytes()) {
            return Err(ApiError::with(
                JsError::StreamExternalApiOverlap,
                &[("prefix", &ext.api), ("subject", API_PREFIX)],
            ));
        }
    }
    Ok(())
}

/// Checks `mirror` and `sources` on their own (the part of upstream `checkStreamCfg` that
/// needs no other stream), before the subjects are defaulted. Writes them back canonical.
pub fn check(cfg: &mut StreamConfig) -> Result<(), ApiError> {
    let singles = std::iter::once(&cfg.mirror);
    for s in singles.chain(cfg.sources.as_array().into_iter().flatten()) {
        check_source_fields(s)?;
    }
    let mirror: Option<StreamSource> = parse_field(&cfg.mirror)?;
    let sources: Vec<StreamSource> = parse_field(&cfg.sources)?.unwrap_or_default();
    let refuse = |e: JsError| Err(ApiError::new(e));
    if let Some(m) = &mirror {
        if cfg.first_seq > 0 {
            return refuse(JsError::MirrorWithFirstSeq);
        }
        if !cfg.subjects.is_empty() {
            return refuse(JsError::MirrorWithSubjects);
        }
        if !sources.is_empty() {
            return refuse(JsError::MirrorWithSources);
        }
        if cfg.allow_msg_counter {
            return refuse(JsError::MirrorWithCounters);
        }
        if cfg.allow_atomic {
            return refuse(JsError::MirrorWithAtomicPublish);
        }
        if cfg.allow_batched {
            return refuse(JsError::MirrorWithBatchPublish);
        }
        if cfg.allow_msg_schedules {
            return refuse(JsError::MirrorWithMsgSchedules);
        }
        if let Some(c) = &m.consumer {
            if !durable_consumer_ok(c, m) {
                return refuse(JsError::MirrorDurableConsumerCfgInvalid);
            }
        }
        if !m.filter_subject.is_empty() && !m.subject_transforms.is_empty() {
            return refuse(JsError::MirrorMultipleFiltersNotAllowed);
        }
        if cfg.subject_delete_marker_ttl > 0 {
            // Markers would take sequences the origin does not have (upstream
            // `checkStreamCfg`).
            return Err(ApiError::text(
                JsError::StreamInvalidConfig,
                "subject delete markers forbidden on mirrors",
            ));
        }
        check_transforms(
            &m.subject_transforms,
            JsError::MirrorInvalidSubjectFilter,
            JsError::MirrorInvalidTransformDestination,
        )?;
        for (i, a) in m.subject_transforms.iter().enumerate() {
            for (j, b) in m.subject_transforms.iter().enumerate() {
                if i != j && overlap(a.src.as_bytes(), b.src.as_bytes()) {
                    return refuse(JsError::MirrorOverlappingSubjectFilters);
                }
            }
        }
        if m.external.is_none() && super::config::check_name(&m.name).is_err() {
            return refuse(JsError::MirrorInvalidStreamName);
        }
        check_external(m)?;
    }
    if !sources.is_empty() && cfg.allow_msg_schedules {
        return refuse(JsError::SourceWithMsgSchedules);
    }
    let mut inames = Vec::new();
    let mut cnames: Vec<String> = Vec::new();
    for s in &sources {
        if super::config::check_name(&s.name).is_err() {
            return refuse(JsError::SourceInvalidStreamName);
        }
        let iname = iname(s);
        if inames.contains(&iname) {
            return refuse(JsError::SourceDuplicateDetected);
        }
        inames.push(iname);
        if !s.filter_subject.is_empty() && !s.subject_transforms.is_empty() {
            return refuse(JsError::SourceMultipleFiltersNotAllowed);
        }
        check_transforms(
            &s.subject_transforms,
            JsError::SourceInvalidSubjectFilter,
            JsError::SourceInvalidTransformDestination,
        )?;
        for (i, a) in s.subject_transforms.iter().enumerate() {
            for (j, b) in s.subject_transforms.iter().enumerate() {
                if i != j && rnats_proto::subject::is_subset(a.src.as_bytes(), b.src.as_bytes()) {
                    return refuse(JsError::SourceOverlappingSubjectFilters);
                }
            }
        }
        if let Some(c) = &s.consumer {
            if !durable_consumer_ok(c, s) {
                return refuse(JsError::SourceDurableConsumerCfgInvalid);
            }
            // One durable consumer sources one origin once (upstream `composeCName`).
            let cname = format!("{} {}", iname_base(s), c.name);
            if cnames.contains(&cname) {
                return refuse(JsError::SourceDurableConsumerDuplicateDetected);
            }
            cnames.push(cname);
        }
        check_external(s)?;
    }
    if let Some(m) = &mirror {
        cfg.mirror = serde_json::to_value(m).unwrap_or(Value::Null);
    }
    cfg.sources = if sources.is_empty() {
        Value::Null
    } else {
        serde_json::to_value(&sources).unwrap_or(Value::Null)
    };
    Ok(())
}

/// The checks that need the account's other streams (`hasStream`/`getStream` in upstream
/// `checkStreamCfg`): message sizes against visible origins, `mirror_direct` inherited from
/// the origin's `allow_direct`, and cycles through sources and mirrors.
pub fn check_with_streams(
    cfg: &mut StreamConfig,
    lookup: &dyn Fn(&str) -> Option<StreamConfig>,
    pedantic: bool,
) -> Result<(), ApiError> {
    if let Some(m) = mirror_of(cfg) {
        if m.external.is_none() {
            if let Some(origin) = lookup(&m.name) {
                if cfg.max_msg_size > 0
                    && origin.max_msg_size > 0
                    && cfg.max_msg_size < origin.max_msg_size
                {
                    return Err(ApiError::new(JsError::MirrorMaxMessageSizeTooBig));
                }
                if pedantic && cfg.mirror_direct != origin.allow_direct {
                    return Err(super::errors::pedantic(
                        "origin stream has direct get set, mirror has it disabled",
                    ));
                }
                cfg.mirror_direct = origin.allow_direct;
            }
        }
    }
    for s in sources_of(cfg) {
        if s.external.is_none() {
            if let Some(origin) = lookup(&s.name) {
                if cfg.max_msg_size > 0
                    && origin.max_msg_size > 0
                    && cfg.max_msg_size < origin.max_msg_size
                {
                    return Err(ApiError::new(JsError::SourceMaxMessageSizeTooBig));
                }
            }
        }
    }
    // Cycle check (upstream: breadth first over sources and mirrors).
    let mut to_visit = vec![cfg.clone()];
    let mut visited: Vec<String> = Vec::new();
    let cycle = || {
        Err(ApiError::text(
            JsError::StreamInvalidConfig,
            "detected cycle",
        ))
    };
    while !to_visit.is_empty() {
        let c = to_visit.remove(0);
        visited.push(c.name.clone());
        for s in sources_of(&c) {
            if s.external.is_some() {
                continue;
            }
            if visited.contains(&s.name) {
                let hits = s.filter_subject.is_empty()
                    || c.subjects
                        .iter()
                        .any(|x| overlap(x.as_bytes(), s.filter_subject.as_bytes()));
                if hits {
                    return cycle();
                }
            } else if let Some(o) = lookup(&s.name) {
                to_visit.push(o);
            }
        }
        if let Some(m) = mirror_of(&c) {
            if m.external.is_none() {
                if visited.contains(&m.name) {
                    return cycle();
                }
                if let Some(o) = lookup(&m.name) {
                    to_visit.push(o);
                }
            }
        }
    }
    Ok(())
}

/// Refuses fields a `StreamSource` object does not have (nats-server decodes strictly).
fn check_source_fields(s: &Value) -> Result<(), ApiError> {
    known_fields(
        s,
        &[
            "name",
            "opt_start_seq",
            "opt_start_time",
            "filter_subject",
            "subject_transforms",
            "external",
            "consumer",
        ],
    )?;
    known_fields(&s["external"], &["api", "deliver"])?;
    known_fields(&s["consumer"], &["name", "deliver_subject"])?;
    for t in s["subject_transforms"].as_array().into_iter().flatten() {
        known_fields(t, TRANSFORM_FIELDS)?;
    }
    Ok(())
}

/// A mirror's or source's durable `consumer` as upstream `checkStreamCfg` accepts it: a valid
/// name, a literal deliver subject, and no start sequence, start time or filter of its own.
fn durable_consumer_ok(c: &StreamConsumerSource, s: &StreamSource) -> bool {
    let name_ok = !c.name.is_empty()
        && !c
            .name
            .chars()
            .any(|ch| matches!(ch, '.' | '*' | '>' | '/' | '\\') || ch.is_whitespace());
    let deliver_ok = is_valid_subject(c.deliver_subject.as_bytes())
        && !c.deliver_subject.split('.').any(|t| t == "*" || t == ">");
    name_ok
        && deliver_ok
        && s.opt_start_seq == 0
        && s.opt_start_time.is_none()
        && s.filter_subject.is_empty()
}

/// The origin part of [`iname`]: `<name>[:<api hash>]`.
fn iname_base(s: &StreamSource) -> String {
    let mut name = s.name.clone();
    if let Some(ext) = &s.external {
        name.push(':');
        name.push_str(&short_hash(&ext.api));
    }
    name
}

/// Upstream `composeIName`: `<name>[:<api hash>][:C=<consumer hash>] <filters> <destinations>`.
fn iname(s: &StreamSource) -> String {
    let mut name = iname_base(s);
    if let Some(c) = &s.consumer {
        name.push_str(":C=");
        name.push_str(&short_hash(&c.name));
    }
    let (src, dest) = if s.subject_transforms.is_empty() {
        let f = if s.filter_subject.is_empty() {
            ">".to_string()
        } else {
            s.filter_subject.clone()
        };
        (f, ">".to_string())
    } else {
        let or_all = |x: &str| {
            if x.is_empty() {
                ">".to_string()
            } else {
                x.to_string()
            }
        };
        (
            s.subject_transforms
                .iter()
                .map(|t| or_all(&t.src))
                .collect::<Vec<_>>()
                .join("\u{c}"),
            s.subject_transforms
                .iter()
                .map(|t| or_all(&t.dest))
                .collect::<Vec<_>>()
                .join("\u{c}"),
        )
    };
    format!("{name} {src} {dest}")
}

/// A stable short name (upstream `getHash`: each of the first 8 bytes of the SHA-256 as a
/// base-62 digit).
fn short_hash(s: &str) -> String {
    use sha2::Digest;
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    sha2::Sha256::digest(s.as_bytes())
        .iter()
        .take(8)
        .map(|b| char::from(DIGITS[usize::from(b % 62)]))
        .collect()
}

/// What an ack reply subject of the origin consumer says about a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AckInfo {
    delivered: u64,
    sseq: u64,
    dseq: u64,
    ts: i64,
    pending: u64,
}

/// Parses `$JS.ACK.<stream>.<consumer>.<dc>.<sseq>.<dseq>.<ts>.<pending>` and the v2 form
/// with domain and account hash before the stream.
fn ack_info(reply: &[u8]) -> Option<AckInfo> {
    let s = std::str::from_utf8(reply).ok()?;
    let t: Vec<&str> = s.split('.').collect();
    if t.len() < 9 || t[0] != "$JS" || t[1] != "ACK" {
        return None;
    }
    let off = if t.len() == 9 {
        4
    } else if t.len() >= 11 {
        6
    } else {
        return None;
    };
    let n = |i: usize| t.get(off + i).and_then(|v| v.parse::<u64>().ok());
    Some(AckInfo {
        delivered: n(0)?,
        sseq: n(1)?,
        dseq: n(2)?,
        ts: i64::try_from(n(3)?).ok()?,
        pending: n(4)?,
    })
}

/// `(iname, origin sequence)` of a `Nats-Stream-Source` value
/// (`<stream> <seq> <filter> <dest> <subject> [<ident>]`).
fn parse_source_header(v: &[u8]) -> Option<(String, u64)> {
    let s = std::str::from_utf8(v).ok()?;
    let f: Vec<&str> = s.split(' ').collect();
    if f.len() < 4 {
        return None;
    }
    Some((format!("{} {} {}", f[0], f[2], f[3]), f[1].parse().ok()?))
}

/// One mirror or source of a running stream, with the state stream info shows.
#[derive(Debug)]
pub struct Source {
    cfg: StreamSource,
    iname: String,
    mirror: bool,
    lag: AtomicU64,
    /// When the origin was last heard of (ns since the epoch), 0 never.
    last: AtomicI64,
    error: Mutex<Option<ApiError>>,
    stopped: AtomicBool,
    stop: Notify,
    /// A mirror's consumer was set up once: upstream shows its `filter_subject` from then on.
    set_up: AtomicBool,
    /// The consumer's stable name (upstream `JS_MIRROR_<hash>` / `JS_SRC_<hash>`).
    cname: String,
    /// The consumer's metadata: which stream and account source through it.
    metadata: Value,
    /// Delete the origin's consumer when the task ends (the source or the stream is gone).
    forget: AtomicBool,
}

impl Source {
    fn new(cfg: StreamSource, mirror: bool, cname: String, metadata: Value) -> Arc<Source> {
        Arc::new(Source {
            iname: iname(&cfg),
            cfg,
            mirror,
            lag: AtomicU64::new(0),
            last: AtomicI64::new(0),
            error: Mutex::new(None),
            stopped: AtomicBool::new(false),
            stop: Notify::new(),
            set_up: AtomicBool::new(false),
            cname,
            metadata,
            forget: AtomicBool::new(false),
        })
    }

    /// Stops its task.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Release);
        self.stop.notify_waiters();
        self.stop.notify_one();
    }

    /// Stops its task and deletes the origin's consumer (the source was removed from the
    /// config or its stream deleted; upstream `tryDeleteSourcingConsumer`).
    pub fn stop_and_forget(&self) {
        self.forget.store(true, Ordering::Release);
        self.stop();
    }

    /// The index name: origin, filters and destinations (upstream `composeIName`).
    pub fn iname(&self) -> &str {
        &self.iname
    }

    /// The origin consumer this source uses: API prefix, origin stream and consumer name
    /// (what upstream's stream update compares to decide which sourcing consumers to delete).
    pub fn consumer_key(&self) -> (&str, &str, &str) {
        (api_prefix(&self.cfg), &self.cfg.name, &self.cname)
    }

    fn set_error(&self, e: Option<ApiError>) {
        *self.error.lock().unwrap_or_else(|e| e.into_inner()) = e;
    }

    /// The state in stream info (upstream `StreamSourceInfo`).
    pub fn info(&self) -> StreamSourceInfo {
        let last = self.last.load(Ordering::Acquire);
        StreamSourceInfo {
            name: self.cfg.name.clone(),
            external: self.cfg.external.clone(),
            lag: self.lag.load(Ordering::Acquire),
            active: if last == 0 {
                -1
            } else {
                (now_ns() - last).max(0)
            },
            error: self
                .error
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .as_ref()
                .and_then(|e| serde_json::to_value(e).ok()),
            filter_subject: if self.mirror && !self.set_up.load(Ordering::Acquire) {
                String::new()
            } else {
                self.cfg.filter_subject.clone()
            },
            subject_transforms: self.cfg.subject_transforms.clone(),
        }
    }

    fn transforms(&self) -> Vec<SubjectTransform> {
        self.cfg
            .subject_transforms
            .iter()
            .filter_map(|t| SubjectTransform::new(&t.src, &t.dest).ok())
            .filter(|t| !t.is_noop())
            .collect()
    }
}

/// Starts one task per mirror or source of `stream`'s config; `client` makes each task's
/// internal client (in the stream's account).
pub fn start(
    stream: &Arc<Stream>,
    client: &dyn Fn(&str) -> (InternalClient, InternalReceiver),
) -> Vec<Arc<Source>> {
    let cfg = stream.config();
    let mut specs: Vec<(StreamSource, bool)> = Vec::new();
    if let Some(m) = mirror_of(&cfg) {
        specs.push((m, true));
    }
    let sources = sources_of(&cfg);
    specs.extend(sources.iter().cloned().map(|s| (s, false)));
    let mut out = Vec::new();
    for (spec, mirror) in specs {
        let (c, rx) = client(&format!(
            "JetStream {} {} of {}",
            if mirror { "mirror" } else { "source" },
            spec.name,
            stream.name
        ));
        let account = c.account().name().to_string();
        let stable = stable_id(&stream.name, &account, stream.domain());
        let (cname, kind) = if mirror {
            (format!("JS_MIRROR_{}", short_hash(&stable)), "mirror")
        } else {
            (
                format!("JS_SRC_{}", source_hash(&stable, &spec, &sources)),
                "src",
            )
        };
        let mut metadata = serde_json::Map::new();
        metadata.insert(format!("_nats.{kind}.stream"), json!(stream.name));
        metadata.insert(format!("_nats.{kind}.acc"), json!(account));
        if let Some(d) = stream.domain() {
            metadata.insert(format!("_nats.{kind}.domain"), json!(d));
        }
        let src = Source::new(spec, mirror, cname, Value::Object(metadata));
        let weak = Arc::downgrade(stream);
        let s = src.clone();
        tokio::spawn(async move { run(weak, s, c, rx).await });
        out.push(src);
    }
    out
}

/// Upstream `createStableConsumerHash`'s input: `<stream> <account>[ <domain>]`.
fn stable_id(stream: &str, account: &str, domain: Option<&str>) -> String {
    match domain {
        Some(d) => format!("{stream} {account} {d}"),
        None => format!("{stream} {account}"),
    }
}

/// Upstream `createSourcingConsumerHash`: a hash of the stable hash, with the source's index
/// name when the sources name the same origin more than once.
fn source_hash(stable: &str, s: &StreamSource, sources: &[StreamSource]) -> String {
    let id = short_hash(stable);
    if sources.iter().filter(|o| o.name == s.name).count() > 1 {
        short_hash(&format!("{id} {}", iname(s)))
    } else {
        short_hash(&id)
    }
}

/// Why a consumer's delivery loop ended.
enum End {
    /// Stream gone or source stopped.
    Stop,
    /// Recreate the consumer after the last origin sequence taken.
    Retry,
}

async fn run(stream: Weak<Stream>, src: Arc<Source>, client: InternalClient, rx: InternalReceiver) {
    sessions(stream, &src, &client, rx).await;
    // A durable made for us on an interest-retention origin outlives sessions and restarts;
    // it goes with the source (upstream `tryDeleteSourcingConsumer`, best effort).
    if src.forget.load(Ordering::Acquire) && src.cfg.consumer.is_none() {
        let del = format!(
            "{}.CONSUMER.DELETE.{}.{}",
            api_prefix(&src.cfg),
            src.cfg.name,
            src.cname
        );
        client.publish(del.as_bytes(), None, None, b"");
        client.flush();
    }
}

/// The JetStream API prefix the origin is reached through.
fn api_prefix(cfg: &StreamSource) -> &str {
    cfg.external
        .as_ref()
        .map(|e| e.api.as_str())
        .filter(|a| !a.is_empty())
        .unwrap_or(API_PREFIX)
}

async fn sessions(
    stream: Weak<Stream>,
    src: &Arc<Source>,
    client: &InternalClient,
    mut rx: InternalReceiver,
) {
    let mut first = true;
    loop {
        if src.stopped.load(Ordering::Acquire) {
            return;
        }
        if !first {
            tokio::select! {
                _ = tokio::time::sleep(RETRY) => {}
                _ = src.stop.notified() => return,
            }
        }
        first = false;
        let Some(s) = stream.upgrade() else { return };
        let next = start_seq(&s, src);
        drop(s);
        match session(&stream, src, client, &mut rx, next).await {
            End::Stop => return,
            End::Retry => continue,
        }
    }
}

/// The origin sequence to start from: after the last one stored, or the configured start.
fn start_seq(stream: &Stream, src: &Source) -> u64 {
    if src.mirror {
        let st = stream.store.state();
        return if st.last_seq > 0 { st.last_seq + 1 } else { 0 };
    }
    // Newest message of ours stamped by this source.
    let st = stream.store.state();
    let mut seq = st.last_seq;
    while seq >= st.first_seq && seq > 0 {
        if let Ok(m) = stream.store.load_msg(seq) {
            if let Some(v) = slice_header(&m.hdr, STREAM_SOURCE.as_bytes()) {
                if let Some((iname, origin)) = parse_source_header(v) {
                    if iname == src.iname {
                        return origin + 1;
                    }
                }
            }
        }
        seq -= 1;
    }
    0
}

/// One consumer on the origin: create it, take its deliveries until it fails.
async fn session(
    stream: &Weak<Stream>,
    src: &Arc<Source>,
    client: &InternalClient,
    rx: &mut InternalReceiver,
    next: u64,
) -> End {
    let ext = src.cfg.external.as_ref();
    let api = api_prefix(&src.cfg);
    let id = rnats_proto::nuid::next();
    let base = if src.mirror { "M" } else { "S" };
    // A durable consumer (2.14 `consumer`) is the origin's own: its deliver subject, reset to
    // its ack floor instead of created, kept when the session ends.
    let durable = src.cfg.consumer.clone();
    let deliver = match (
        &durable,
        ext.map(|e| e.deliver.as_str()).filter(|d| !d.is_empty()),
    ) {
        (Some(c), _) => c.deliver_subject.clone(),
        (None, Some(p)) => format!("{p}.{base}.{id}"),
        (None, None) => format!("$JS.{base}.{id}"),
    };
    let inbox = format!("$JS.R.{id}");
    let (Ok(dsid), Ok(rsid)) = (
        client.subscribe(&deliver, None),
        client.subscribe(&inbox, None),
    ) else {
        return End::Retry;
    };
    let cleanup = |client: &InternalClient| {
        client.unsubscribe(dsid);
        client.unsubscribe(rsid);
    };
    let mut ccfg = json!({
        "name": src.cname,
        "deliver_subject": deliver,
        "ack_policy": "none",
        "ack_wait": 22 * 3600 * 1_000_000_000i64,
        "max_deliver": 1,
        "idle_heartbeat": HEARTBEAT.as_nanos() as i64,
        "flow_control": true,
        "inactive_threshold": INACTIVE.as_nanos() as i64,
        "deliver_policy": "all",
        "direct": true,
        "sourcing": true,
        "metadata": src.metadata,
    });
    if next > 0 {
        ccfg["deliver_policy"] = json!("by_start_sequence");
        ccfg["opt_start_seq"] = json!(next);
    } else if src.cfg.opt_start_seq > 0 {
        ccfg["deliver_policy"] = json!("by_start_sequence");
        ccfg["opt_start_seq"] = json!(src.cfg.opt_start_seq);
    } else if let Some(t) = &src.cfg.opt_start_time {
        ccfg["deliver_policy"] = json!("by_start_time");
        ccfg["opt_start_time"] = json!(t);
    }
    if !src.cfg.filter_subject.is_empty() {
        ccfg["filter_subject"] = json!(src.cfg.filter_subject);
    } else if src.cfg.subject_transforms.len() == 1 {
        let f = &src.cfg.subject_transforms[0].src;
        ccfg["filter_subject"] = json!(if f.is_empty() { ">" } else { f.as_str() });
    } else if !src.cfg.subject_transforms.is_empty() {
        let fs: Vec<&str> = src
            .cfg
            .subject_transforms
            .iter()
            .map(|t| {
                if t.src.is_empty() {
                    ">"
                } else {
                    t.src.as_str()
                }
            })
            .collect();
        ccfg["filter_subjects"] = json!(fs);
    }
    if let Some(c) = &durable {
        let reset = format!("{api}.CONSUMER.RESET.{}.{}", src.cfg.name, c.name);
        client.publish(reset.as_bytes(), Some(inbox.as_bytes()), None, b"");
    } else {
        send_create(client, api, &src.cfg.name, &inbox, &ccfg, true);
    }
    client.flush();
    let mut legacy = false;

    // Wait for the create response; deliveries may already be arriving.
    let mut early: Vec<InternalMsg> = Vec::new();
    let deadline = tokio::time::Instant::now() + CREATE_WAIT;
    let consumer = loop {
        let msg = tokio::select! {
            m = rx.next() => m,
            _ = tokio::time::sleep_until(deadline) => {
                src.set_error(Some(ApiError::text(
                    if src.mirror { JsError::MirrorConsumerSetupFailed } else { JsError::SourceConsumerSetupFailed },
                    "timeout",
                )));
                cleanup(client);
                return End::Retry;
            }
            _ = src.stop.notified() => { cleanup(client); return End::Stop; }
        };
        let Some(msg) = msg else { return End::Stop };
        if msg.sid == dsid {
            early.push(msg);
            continue;
        }
        if msg.sid != rsid {
            continue;
        }
        // Answered by the origin's API task, which answers in order: any reply to our stream's
        // create (or update) has gone out before this one.
        src.set_up.store(true, Ordering::Release);
        let v: Value = serde_json::from_slice(&msg.payload).unwrap_or(Value::Null);
        let code = v["error"]["err_code"].as_u64().unwrap_or(0);
        if durable.is_none() && !legacy && OLD_SERVER_ERRORS.iter().any(|c| u64::from(*c) == code) {
            // An origin server before 2.14: ask again without `sourcing`, under a name of
            // our own (upstream does the same).
            legacy = true;
            ccfg["sourcing"] = json!(false);
            ccfg["name"] = json!(format!("{}_{}", src.cname, id));
            send_create(client, api, &src.cfg.name, &inbox, &ccfg, false);
            client.flush();
            continue;
        }
        if let Some(e) = v.get("error").filter(|e| !e.is_null()) {
            let err = serde_json::from_value::<ErrJson>(e.clone())
                .map(|e| ApiError {
                    code: e.code,
                    err_code: e.err_code,
                    description: e.description,
                })
                .unwrap_or_else(|_| ApiError::new(JsError::BadRequest));
            src.set_error(Some(err));
            cleanup(client);
            return End::Retry;
        }
        // Upstream: a durable source must acknowledge through flow control.
        if durable.is_some() && v["config"]["ack_policy"] != "flow_control" {
            src.set_error(Some(ApiError::new(if src.mirror {
                JsError::MirrorConsumerRequiresAckFc
            } else {
                JsError::SourceConsumerRequiresAckFc
            })));
            cleanup(client);
            return End::Retry;
        }
        // A durable mirror starts where the reset put the consumer: an empty mirror of an
        // origin that starts later takes its first sequence.
        if let (true, Some(reset)) = (durable.is_some() && src.mirror, v["reset_seq"].as_u64()) {
            if let Some(s) = stream.upgrade() {
                let st = s.store.state();
                if st.msgs == 0 && reset > st.last_seq + 1 {
                    let _ = s.store.compact(reset).await;
                }
            }
        }
        // A durable made for us (interest-retention origin) takes our flow-control answers
        // as acknowledgements, redelivers what they did not cover, and stays when we stop.
        let ours = durable.is_none() && v["config"]["durable_name"].as_str().is_some();
        break (v["name"].as_str().unwrap_or_default().to_string(), ours);
    };
    let (consumer, kept) = consumer;
    let acked = durable.is_some() || kept;
    src.set_error(None);
    src.last.store(now_ns(), Ordering::Release);

    let transforms = src.transforms();
    let mut dseq = 0u64;
    let mut sseq = next.saturating_sub(1);
    let mut pending = early.into_iter();
    let end = loop {
        let msg = if let Some(m) = pending.next() {
            m
        } else {
            let m = tokio::select! {
                m = rx.next() => m,
                _ = tokio::time::sleep(STALLED) => break End::Retry,
                _ = src.stop.notified() => break End::Stop,
            };
            match m {
                Some(m) => m,
                None => break End::Stop,
            }
        };
        if msg.sid != dsid {
            continue;
        }
        src.last.store(now_ns(), Ordering::Release);
        let hdr = msg.headers.clone().unwrap_or_default();
        if hdr.starts_with(b"NATS/1.0 100") {
            // Flow control: answer to let the origin go on; a durable consumer also takes the
            // answer as the acknowledgement of what is stored (ack policy `flow_control`).
            // Upstream answers every flow control with these headers.
            let fc_answer = format!(
                "NATS/1.0\r\nNats-Last-Consumer: {dseq}\r\nNats-Last-Stream: {sseq}\r\n\r\n"
            );
            let fc_hdr = Some(fc_answer.as_bytes());
            if let Some(r) = &msg.reply {
                client.publish(r, None, fc_hdr, b"");
                client.flush();
            } else {
                if let Some(last) = slice_header(&hdr, b"Nats-Last-Consumer") {
                    let last: u64 = std::str::from_utf8(last)
                        .ok()
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    if last > 0 && last != dseq {
                        break End::Retry;
                    }
                }
                if let Some(stalled) = slice_header(&hdr, b"Nats-Consumer-Stalled") {
                    let to = stalled.to_vec();
                    client.publish(&to, None, fc_hdr, b"");
                    client.flush();
                }
            }
            continue;
        }
        let Some(ack) = msg.reply.as_deref().and_then(ack_info) else {
            continue;
        };
        // Redeliveries of a durable consumer after its reset are wanted; stored ones are not.
        if (ack.delivered > 1 && !acked) || ack.sseq <= sseq {
            continue;
        }
        if dseq > 0 && ack.dseq != dseq + 1 {
            break End::Retry;
        }
        dseq = ack.dseq;
        let Some(s) = stream.upgrade() else {
            break End::Stop;
        };
        let stored = if src.mirror {
            store_mirrored(&s, &msg, &transforms, ack).await
        } else {
            store_sourced(&s, src, &msg, &transforms).await
        };
        drop(s);
        match stored {
            Ok(()) => {
                sseq = ack.sseq;
                src.lag
                    .store(ack.pending.saturating_sub(1), Ordering::Release);
            }
            Err(e) => {
                crate::log_warn!(
                    "JetStream {} '{}': storing origin sequence {}: {}",
                    if src.mirror { "mirror" } else { "source" },
                    src.cfg.name,
                    ack.sseq,
                    e
                );
                break End::Retry;
            }
        }
    };
    cleanup(client);
    if !consumer.is_empty() && durable.is_none() && !kept {
        let del = format!("{api}.CONSUMER.DELETE.{}.{consumer}", src.cfg.name);
        client.publish(del.as_bytes(), None, None, b"");
        client.flush();
    }
    end
}

/// Sends a consumer create request for `origin`: with a filter to
/// `CONSUMER.CREATE.<origin>.<name>.<filter>`, otherwise `CONSUMER.CREATE.<origin>`; a
/// `sourcing` one asks for API level 4.
fn send_create(
    client: &InternalClient,
    api: &str,
    origin: &str,
    inbox: &str,
    ccfg: &Value,
    sourcing: bool,
) {
    let name = ccfg["name"].as_str().unwrap_or_default();
    let subject = match ccfg["filter_subject"].as_str() {
        Some(f) if !name.is_empty() => format!("{api}.CONSUMER.CREATE.{origin}.{name}.{f}"),
        _ => format!("{api}.CONSUMER.CREATE.{origin}"),
    };
    let req = json!({ "stream_name": origin, "config": ccfg });
    client.publish(
        subject.as_bytes(),
        Some(inbox.as_bytes()),
        sourcing.then_some(REQUIRED_API_LEVEL),
        req.to_string().as_bytes(),
    );
}

#[derive(serde::Deserialize)]
struct ErrJson {
    #[serde(default)]
    code: u16,
    #[serde(default)]
    err_code: u16,
    #[serde(default)]
    description: String,
}

fn transformed(subject: &Bytes, transforms: &[SubjectTransform]) -> String {
    for t in transforms {
        if let Some(s) = t.apply(subject) {
            return String::from_utf8_lossy(&s).into_owned();
        }
    }
    String::from_utf8_lossy(subject).into_owned()
}

/// Stores a mirrored message under its origin sequence and time, skipping any gap before it.
async fn store_mirrored(
    stream: &Arc<Stream>,
    msg: &InternalMsg,
    transforms: &[SubjectTransform],
    ack: AckInfo,
) -> Result<(), StoreError> {
    let st = stream.store.state();
    if ack.sseq <= st.last_seq {
        return Ok(());
    }
    if ack.sseq > st.last_seq + 1 {
        if st.msgs == 0 {
            stream.store.compact(ack.sseq).await?;
        } else {
            // Keep sequences aligned with the origin: the missing ones become deleted.
            for _ in st.last_seq + 1..ack.sseq {
                let placeholder = stream
                    .store
                    .store_msg(NewMsg::new("_", Bytes::new()))
                    .await?;
                stream.store.remove_msg(placeholder.seq).await?;
            }
        }
    }
    let new = NewMsg {
        subject: transformed(&msg.subject, transforms),
        hdr: msg.headers.clone().unwrap_or_default(),
        payload: msg.payload.clone(),
        ts: Some(ack.ts),
        ttl: None,
    };
    stream.store_copied(new).await
}

/// Stores a sourced message with its `Nats-Stream-Source` header.
async fn store_sourced(
    stream: &Arc<Stream>,
    src: &Source,
    msg: &InternalMsg,
    transforms: &[SubjectTransform],
) -> Result<(), StoreError> {
    let reply = msg.reply.as_deref().unwrap_or_default();
    let seq = ack_info(reply).map_or(1, |a| a.sseq);
    let mut parts = src.iname.splitn(3, ' ');
    let (name, filter, dest) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or(">"),
        parts.next().unwrap_or(">"),
    );
    let value = format!(
        "{name} {seq} {filter} {dest} {}",
        String::from_utf8_lossy(&msg.subject)
    );
    let hdr = with_source_header(msg.headers.as_deref().unwrap_or_default(), &value);
    let new = NewMsg {
        subject: transformed(&msg.subject, transforms),
        hdr: Bytes::from(hdr),
        payload: msg.payload.clone(),
        ts: None,
        ttl: None,
    };
    stream.store_copied(new).await
}

/// `hdr` without any `Nats-Stream-Source` or `Nats-Expected-*` line, plus the new source line.
fn with_source_header(hdr: &[u8], value: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(hdr.len() + value.len() + 40);
    let text = String::from_utf8_lossy(hdr);
    let mut lines = text.split("\r\n");
    match lines.next() {
        Some(first) if first.starts_with("NATS/1.0") => out.extend_from_slice(b"NATS/1.0\r\n"),
        _ => out.extend_from_slice(b"NATS/1.0\r\n"),
    }
    for l in lines {
        if l.is_empty() || l.starts_with("Nats-Stream-Source:") || l.starts_with("Nats-Expected-") {
            continue;
        }
        out.extend_from_slice(l.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("{STREAM_SOURCE}: {value}\r\n\r\n").as_bytes());
    out
}

/// `mirror` and `sources` of stream info.
pub fn info(sources: &[Arc<Source>]) -> (Option<Value>, Option<Value>) {
    let mirror = sources
        .iter()
        .find(|s| s.mirror)
        .and_then(|s| serde_json::to_value(s.info()).ok());
    let list: Vec<Value> = sources
        .iter()
        .filter(|s| !s.mirror)
        .filter_map(|s| serde_json::to_value(s.info()).ok())
        .collect();
    (mirror, (!list.is_empty()).then(|| Value::Array(list)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ack_replies() {
        assert_eq!(
            ack_info(b"$JS.ACK.O.C.1.5.3.1700000000000000000.2"),
            Some(AckInfo {
                delivered: 1,
                sseq: 5,
                dseq: 3,
                ts: 1_700_000_000_000_000_000,
                pending: 2
            })
        );
        assert_eq!(
            ack_info(b"$JS.ACK.dom.hash.O.C.1.5.3.17.0.tok").map(|a| a.sseq),
            Some(5)
        );
        assert_eq!(ack_info(b"_INBOX.x"), None);
    }

    #[test]
    fn source_headers() {
        let s: StreamSource =
            serde_json::from_str(r#"{"name":"O","filter_subject":"a.*"}"#).expect("source");
        assert_eq!(iname(&s), "O a.* >");
        assert_eq!(
            parse_source_header(b"O 7 a.* > a.b"),
            Some(("O a.* >".to_string(), 7))
        );
        let h = with_source_header(
            b"NATS/1.0\r\nA: 1\r\nNats-Expected-Stream: X\r\n\r\n",
            "O 1 > > a",
        );
        assert_eq!(
            h,
            b"NATS/1.0\r\nA: 1\r\nNats-Stream-Source: O 1 > > a\r\n\r\n".to_vec()
        );
    }

    #[test]
    fn mirror_checks() {
        let mut c: StreamConfig =
            serde_json::from_str(r#"{"name":"M","mirror":{"name":"O"},"subjects":["x"]}"#)
                .expect("cfg");
        assert_eq!(check(&mut c).map_err(|e| e.err_code), Err(10034));
        let mut c: StreamConfig =
            serde_json::from_str(r#"{"name":"M","sources":[{"name":"O"},{"name":"O"}]}"#)
                .expect("cfg");
        assert_eq!(check(&mut c).map_err(|e| e.err_code), Err(10140));
    }
}
