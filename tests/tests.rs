//! End-to-end tests: they run the real `rnats` binary (and, where present, the reference
//! nats-server) over real sockets on 127.0.0.1.
//!
//! Most scenarios exist twice, as `<name>_rnats` and `<name>_reference` (see
//! [`util::server_test!`]), so `cargo test --test tests reference` checks the expectations
//! against nats-server 2.14 and `cargo test --test tests rnats` holds rnats to them.

mod auth;
mod c_client;
mod cli;
mod cli_consumer_find;
mod cli_edit_find;
mod cli_families;
mod cli_graph;
mod cli_kv;
mod cli_object;
mod cli_stream;
mod cli_surface;
mod client;
mod dropin_api;
mod dropin_misc;
mod dropin_ordered;
mod dropin_pull;
mod generated;
mod hostile;
mod jetstream;
mod js_advisory;
mod js_audit;
mod js_counter_batch;
mod js_direct_batch;
mod js_durable_source;
mod js_fast_batch;
mod js_limits;
mod js_priority;
mod js_schedule;
mod js_snapshot;
mod js_sourcing;
mod jsclient;
mod jsdiff;
mod monitor;
mod msgtrace;
mod multicall;
mod nsc;
mod nsc_context;
mod nsc_resolver;
mod overload;
mod protocol;
mod pubsub;
mod python;
mod server;
mod server_cli;
mod sysreq;
mod tls;
mod top;
mod util;
mod websocket;
mod websocket_browser;
