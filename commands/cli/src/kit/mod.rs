//! The natscli personality's kit: everything more than one command family uses, so that a
//! family module (`*_cmd.rs`, `bench/`) imports from here (and `options`), never from another
//! family. What other personalities need too (Go's text formats, natscli's context files)
//! lives in `rnats_proto::kit`.
//!
//! - [`connect`]: the client connection from flags and context, the runtime, session events.
//! - [`output`]: log lines, message blocks, dumps, Go's JSON, tables and footers, config
//!   diffs, `--translate` and shell-style command splitting.
//! - [`columns`]: natscli's `columns` reports (the two-column info views).
//! - [`numbers`]: thousands separators and natscli's size parsing.
//! - [`flags`]: flag values the JetStream families share (sizes, durations, metadata,
//!   placement, storage names).
//! - [`headers`]: `-H K:V` header flags.
//! - [`body`]: message bodies from the argument or stdin, `--send-on`, `--no-templates`.
//! - [`prompt`]: questions, pickers and confirmations on a terminal.
//! - [`pickers`]: the stream or consumer to act on, picked on a terminal when not given.
//! - [`duration`]: fisk's duration flags and natscli's humanized durations.
//! - [`template`]: `{{Count}}`, `{{ID}}` and friends in subjects and bodies.
//! - [`jsapi`]: JetStream API requests and acknowledged publishes from the CLI's settings.
//! - [`pull`]: a pull consumer with heartbeats, as `consumer next`, `sub --stream` and bench use.

pub mod body;
pub mod columns;
pub mod connect;
pub mod duration;
pub mod flags;
pub mod headers;
pub mod jsapi;
pub mod numbers;
pub mod output;
pub mod pickers;
pub mod prompt;
pub mod pull;
pub mod template;
