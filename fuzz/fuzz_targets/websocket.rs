//! cargo-fuzz target `websocket`: see `rnats_server::fuzzing::websocket`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::websocket(data));
