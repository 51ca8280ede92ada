//! The natscli personality's kit: everything more than one command family uses, so that a
//! family module (`*_cmd.rs`, `bench/`) imports from here (and `options`), never from another
//! family. What other personalities need too (Go's text formats, natscli's context files)
//! lives in `rnats_proto::kit`.
//!
//! - [`connect`]: the client connection from flags and context, the runtime, session events.
//! - [`output`]: log lines, message blocks, dumps, Go's JSON, tables, `--translate`.
//! - [`columns`]: natscli's `columns` reports (the two-column info views).
//! - [`prompt`]: questions, pickers and confirmations on a terminal.
//! - [`duration`]: fisk's duration flags and natscli's humanized durations.
//! - [`template`]: `{{Count}}`, `{{ID}}` and friends in subjects and bodies.
//! - [`jsapi`]: JetStream API requests and acknowledged publishes from the CLI's settings.
//! - [`pull`]: a pull consumer with heartbeats, as `consumer next`, `sub --stream` and bench use.

pub mod columns;
pub mod connect;
pub mod duration;
pub mod jsapi;
pub mod output;
pub mod prompt;
pub mod pull;
pub mod template;
