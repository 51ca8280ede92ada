//! cargo-fuzz target `headers`: see `rnats_server::fuzzing::headers`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::headers(data));
