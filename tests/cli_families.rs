//! natscli families added for issue 14 (`errors`, `micro`, ...), end to end through the real
//! binary: the catalogue commands need no server; the ones that talk to a server run against
//! rnats and the reference nats-server alike (twin tests).

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::run_bounded;

const RNATS: &str = env!("CARGO_BIN_EXE_rnats");

/// `rnats ARGS` with a private config home and no `NATS_*` variables; `(code, stdout, stderr)`.
fn nats(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(RNATS);
    cmd.args(args);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("NATS_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .stdin(Stdio::null());
    let out = run_bounded(cmd, Duration::from_secs(20));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn errors_lookup_ls_and_validate() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, err) = nats(h, &["errors", "lookup", "10059"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "NATS Error Code: 10059\n\n        Description: stream not found\n          HTTP Code: 404\n  \
         Go Index Constant: JSStreamNotFoundErr\n\n No further information available\n"
    );
    // Aliases as natscli: `err`, `error`; `find`, `get`, `show`, ...
    let (code, out2, _) = nats(h, &["err", "show", "10059"]);
    assert_eq!((code, out2), (0, out));

    let (code, out, err) = nats(h, &["errors", "ls", "consumer not found"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("│ NATS Code │ HTTP Error Code │ Description"),
        "{out}"
    );
    assert!(out.contains("JSConsumerNotFoundErr"), "{out}");
    assert!(!out.contains("JSStreamNotFoundErr"), "{out}");

    // Sorted by code, reversed with -R.
    let (_, out, _) = nats(h, &["errors", "ls", "not found", "code", "-R"]);
    let codes: Vec<u32> = out
        .lines()
        .filter_map(|l| l.split('│').nth(1)?.trim().parse().ok())
        .collect();
    assert!(codes.len() > 3, "{out}");
    assert!(codes.windows(2).all(|w| w[0] > w[1]), "{codes:?}");

    let (code, _, err) = nats(h, &["errors", "lookup", "1"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "nats: error: no error matches code 1\n")
    );
    let (code, _, err) = nats(h, &["errors", "ls", "zzzz-nothing"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "nats: error: no errors found matching regular expression zzzz-nothing\n"
        )
    );
    let (code, _, err) = nats(h, &["errors", "lookup", "notanumber"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("invalid value 'notanumber'"), "{err}");

    // validate: a file of our own, good then bad.
    let good = h.join("good.json");
    std::fs::write(
        &good,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x failed"}]"#,
    )
    .expect("write");
    let (code, out, err) = nats(h, &["errors", "validate", good.to_str().expect("utf-8")]);
    assert_eq!((code, out.as_str()), (0, "Validated 1 errors\n"), "{err}");
    let bad = h.join("bad.json");
    std::fs::write(
        &bad,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x {y} failed"}]"#,
    )
    .expect("write");
    let (code, out, err) = nats(h, &["errors", "validate", bad.to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "10999 failed: constants for errors with tokens must end in F like JSStreamMsgDeleteFailedF\n"
    );
    assert!(err.ends_with("bad.json is invalid\n"), "{err}");
    // --errors FILE replaces the embedded catalogue.
    let (code, out, _) = nats(
        h,
        &[
            "errors",
            "--errors",
            good.to_str().expect("utf-8"),
            "lookup",
            "10999",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Description: x failed"), "{out}");
}

#[test]
fn errors_edit_writes_the_file_through_the_editor() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let file = h.join("errors.json");
    std::fs::write(
        &file,
        r#"[{"constant":"JSXErr","code":400,"error_code":10999,"description":"x failed"}]"#,
    )
    .expect("write");
    // The "editor" rewrites the description with sed.
    let editor = h.join("ed.sh");
    std::fs::write(&editor, "#!/bin/sh\nsed -i 's/x failed/y failed/' \"$1\"\n").expect("write");
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let mut cmd = Command::new(RNATS);
    cmd.args(["errors", "edit", file.to_str().expect("utf-8"), "10999"])
        .env("EDITOR", &editor)
        .env("HOME", h)
        .stdin(Stdio::null());
    let out = run_bounded(cmd, Duration::from_secs(20));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Validated 1 errors\n");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("\"description\": \"y failed\""), "{text}");
}
