//! rnats-proto: the NATS client protocol shared by every rnats personality.
//!
//! - [`parser`]: the server-side, zero-copy parser for client ops.
//! - [`subject`]: subject validation and wildcard matching.
//! - [`info`]: `INFO` and `CONNECT` JSON bodies.
//! - [`nkeys`]: ed25519 keys in NATS's base32 text form (server ids, user keys).
//!
//! Nothing here does I/O; the server and the client drive these pieces over their sockets.

pub mod info;
pub mod nkeys;
pub mod parser;
pub mod subject;

pub use parser::{next_client_op, ClientOpRef, ParseLimits, ProtoError, PubRef};
