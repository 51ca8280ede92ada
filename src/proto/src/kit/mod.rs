//! The kit every rnats personality shares: what more than one of nats-server, natscli, nsc and
//! nats-top needs, in one place: [`format`](mod@format), Go's text formats of durations, times,
//! quoting and sizes; [`context`], natscli's context files (natscli and nats-top's `-context`).
//! Pieces only the natscli personality uses live in `rnats-cli`'s own `kit` module.

pub mod context;
pub mod format;
