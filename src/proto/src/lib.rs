//! rnats-proto: the NATS client protocol shared by every rnats personality.
//!
//! Server side (hot path, no allocation):
//! - [`parser`]: the zero-copy parser for client ops ([`next_client_op`]).
//! - [`encode`]: appending `MSG`/`HMSG`/`INFO`/`-ERR`/`PING`/`PONG`/`+OK` to an outbound buffer.
//!
//! Client side and tests:
//! - [`ops`]: owned [`ClientOp`] (encode) and [`ServerOp`] (incremental parse and encode).
//!
//! Shared pieces:
//! - [`headers`]: the `NATS/1.0` header block ([`HeaderMap`], [`headers::slice_header`]).
//! - [`subject`]: subject validation and wildcard matching.
//! - [`info`]: `INFO` and `CONNECT` JSON bodies.
//! - [`nkeys`]: ed25519/x25519 keys in NATS's base32 text form: seeds, public keys, signatures.
//! - [`jwt`]: NATS JWT v2 claims (operator, account, user, activation), encode/decode, `.creds`.
//! - [`nuid`]: unique ids for inboxes and message ids.
//! - [`kit`]: what every personality prints the Go way (durations, times, quoting, sizes).
//!
//! Client:
//! - [`client`]: the async client (connect, publish, subscribe, request, reconnect) every rnats
//!   tool uses; it drives these pieces over TCP/TLS with tokio.
//! - [`micro`]: NATS services (ADR-32): `$SRV` discovery types and a services framework.
//! - [`jetstream`]: JetStream's wire types (stream/consumer configs, API responses), shared
//!   with rnats-server, and a typed client context over [`client::Client`].
//!
//! Apart from [`client`], [`jetstream::context`] and [`micro::Service`], nothing here does I/O.

pub mod client;
pub mod encode;
pub mod headers;
pub mod info;
pub mod jetstream;
pub mod jwt;
pub mod kit;
pub mod micro;
pub mod monitor;
pub mod msgtrace;
pub mod nkeys;
pub mod nuid;
pub mod ops;
pub mod parser;
pub mod subject;

pub use headers::{HeaderError, HeaderMap};
pub use info::{ConnectInfo, ServerInfo};
pub use nkeys::{KeyPair, KeyRole, NkeyError};
pub use nuid::Nuid;
pub use ops::{ClientOp, ServerOp, ServerOpError};
pub use parser::{next_client_op, ClientOpRef, ParseLimits, ProtoError, PubRef};
