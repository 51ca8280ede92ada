//! cargo-fuzz target `transform`: see `rnats_server::fuzzing::transform`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::transform(data));
