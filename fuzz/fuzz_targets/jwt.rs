//! cargo-fuzz target `jwt`: see `rnats_server::fuzzing::jwt`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::jwt(data));
