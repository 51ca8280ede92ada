//! The client's error type, [`ClientError`], and the per-server record of a failed connect.

use std::fmt;

/// Why one connection attempt to one server failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectAttempt {
    /// The server, as `scheme://host:port` (no credentials).
    pub server: String,
    /// What went wrong: `connection refused`, `timed out`, a TLS or protocol error.
    pub reason: String,
}

impl fmt::Display for ConnectAttempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.server, self.reason)
    }
}

/// Lists attempts as `a: why; b: why`.
fn list(attempts: &[ConnectAttempt]) -> String {
    attempts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Everything a client operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// A server URL that cannot be used.
    #[error("invalid server URL {0}")]
    InvalidUrl(String),
    /// No server could be reached; every attempt is listed.
    #[error("could not connect to any server: {}", list(.0))]
    Connect(Vec<ConnectAttempt>),
    /// TLS setup or handshake failed.
    #[error("TLS error: {0}")]
    Tls(String),
    /// The server rejected the credentials (its `-ERR` text, e.g. `Authorization Violation`).
    #[error("{0}")]
    Auth(String),
    /// A socket error.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// A request found nobody subscribed to its subject (status 503).
    #[error("no responders are available")]
    NoResponders,
    /// A request or flush was not answered in time.
    #[error("timeout")]
    Timeout,
    /// A message larger than the server's `max_payload`; nothing was sent.
    #[error("message size {size} exceeds maximum payload {max}")]
    MaxPayload {
        /// Headers plus payload, in bytes.
        size: usize,
        /// The server's limit.
        max: usize,
    },
    /// A subject, reply or queue name that cannot go on the wire.
    #[error("invalid subject '{0}'")]
    InvalidSubject(String),
    /// The connection is closed (or closed while waiting).
    #[error("connection closed")]
    Closed,
    /// The server sent something unexpected.
    #[error("protocol error: {0}")]
    Protocol(String),
    /// A credentials, JWT or seed file that cannot be used.
    #[error("credentials: {0}")]
    Creds(String),
    /// Publishing while reconnecting beyond the reconnect buffer.
    #[error("reconnect buffer exceeded ({size} bytes pending, limit {max})")]
    ReconnectBufferFull {
        /// Bytes that would be pending.
        size: usize,
        /// The limit ([`super::ConnectOptions::reconnect_buffer_size`]).
        max: usize,
    },
    /// A header block that cannot be encoded.
    #[error("invalid header: {0}")]
    Header(#[from] crate::headers::HeaderError),
}

impl ClientError {
    /// Whether the server's `-ERR` text reports an authentication or authorization failure
    /// (nats.go `checkAuthError`: `Authorization Violation`, `Authentication Expired`,
    /// `Authentication Revoked`, `Account Authentication Expired`, user authentication errors).
    pub fn is_auth_text(text: &str) -> bool {
        let t = text.to_ascii_lowercase();
        t.starts_with("authorization violation")
            || t.starts_with("authentication expired")
            || t.starts_with("authentication revoked")
            || t.starts_with("account authentication expired")
            || t.contains("user authentication")
    }
}
