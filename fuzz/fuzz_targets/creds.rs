//! cargo-fuzz target `creds`: see `rnats_server::fuzzing::creds`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::creds(data));
