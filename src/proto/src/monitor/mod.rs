//! Monitoring documents shared by the server (which serves them), `rnats top` and the CLI (which
//! read them from any nats-server over HTTP or the system account): [`types`] holds `/varz`,
//! `/connz`, `/subsz`, `/healthz` and their options; [`jsz`] the `/jsz` report;
//! [`accounts`] `/accountz` and `/accstatz`; [`cluster`] `/routez`, `/gatewayz`, `/leafz` and
//! `/ipqueuesz`; [`format`](mod@format) the Go text formats they use.

pub mod accounts;
pub mod cluster;
pub mod format;
pub mod jsz;
pub mod types;

pub use accounts::*;
pub use cluster::*;
pub use format::{my_uptime, Timestamp};
pub use jsz::*;
pub use types::*;
