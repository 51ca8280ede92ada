//! cargo-fuzz target `server_proto`: see `rnats_server::fuzzing::server_proto`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::server_proto(data));
