//! cargo-fuzz target `client_proto`: see `rnats_server::fuzzing::client_proto`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::client_proto(data));
