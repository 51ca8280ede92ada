//! End-to-end tests: they run the real `rnats` binary (and, where present, the reference
//! nats-server) over real sockets on 127.0.0.1.

mod generated;
mod multicall;
