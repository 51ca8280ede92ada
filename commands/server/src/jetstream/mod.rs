//! JetStream: persistent streams and consumers.
//!
//! Only the storage layer exists so far ([`store`]): the `StreamStore` trait with its memory and
//! file implementations and the consumer state file. The API handlers, streams and consumers that
//! sit on top of it (nats-server `server/jetstream*.go`, `stream.go`, `consumer.go`) come later and
//! are not wired into the server yet.

pub mod store;
