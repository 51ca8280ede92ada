//! cargo-fuzz target `js_api`: see `rnats_server::fuzzing::js_api`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rnats_server::fuzzing::js_api(data));
