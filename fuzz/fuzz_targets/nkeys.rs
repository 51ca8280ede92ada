//! cargo-fuzz target `nkeys`: see `rnats_server::fuzzing::nkeys`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::nkeys(data));
