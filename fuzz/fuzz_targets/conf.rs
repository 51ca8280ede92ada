//! cargo-fuzz target `conf`: see `rnats_server::fuzzing::conf`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::conf(data));
