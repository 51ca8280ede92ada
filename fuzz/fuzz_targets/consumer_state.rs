//! cargo-fuzz target `consumer_state`: see `rnats_server::fuzzing::consumer_state`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::consumer_state(data));
