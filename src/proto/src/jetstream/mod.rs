//! JetStream as both sides speak it: one set of wire types shared by rnats-server and the
//! CLI, and a client context.
//!
//! - [`config`]: `StreamConfig` and `ConsumerConfig` with their policy enums (pure data; the
//!   server's normalisation and validation stay in rnats-server).
//! - [`api`]: request and response bodies of `$JS.API.*` (stream/consumer info, PubAck,
//!   account info, list pages, stored messages, API errors), tolerant of unknown fields.
//! - [`context`]: [`JetStream`], the typed API over a [`crate::client::Client`].
//! - [`ordered`]: the ordered push consumer KV watches and object gets read through.
//! - [`kv`]: the Key-Value store (ADR-8); [`object`]: the Object Store (ADR-20).

pub mod api;
pub mod config;
pub mod context;
pub mod kv;
pub mod object;
pub mod ordered;
pub mod sourcing;

pub use api::{
    AccountInfo, AccountLimits, ApiError, ApiStats, ClusterInfo, ConsumerAction, ConsumerInfo,
    ConsumerListPage, ConsumerNamesPage, CreateConsumerRequest, LostStreamData, MsgGetRequest,
    MsgMetadata, NextRequest, PeerInfo, PriorityGroupState, PubAck, PurgeRequest, PurgeResponse,
    SequenceInfo, StoredMsg, StreamInfo, StreamInfoRequest, StreamListPage, StreamNamesPage,
    StreamState,
};
pub use config::{
    AckPolicy, Compression, ConsumerConfig, DeliverPolicy, Discard, PersistMode, PriorityPolicy,
    ReplayPolicy, Retention, Storage, StreamConfig,
};
pub use context::{JetStream, JetStreamError, DEFAULT_API_PREFIX};
