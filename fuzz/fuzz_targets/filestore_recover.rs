//! cargo-fuzz target `filestore_recover`: see `rnats_server::fuzzing::filestore_recover`.
#![no_main]

use std::sync::Once;

static QUIET: Once = Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // Recovery logs every repair; thousands of lines a second would swamp the fuzzer.
    QUIET.call_once(|| {
        let _ = rnats_server::log::configure(&rnats_server::log::LogConfig {
            file: Some("/dev/null".into()),
            ..Default::default()
        });
    });
    rnats_server::fuzzing::filestore_recover(data)
});
