//! Build script: records the commit being built as `RNATS_GIT_COMMIT` (varz `git_commit`),
//! `unknown` outside a git checkout.

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=7", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=RNATS_GIT_COMMIT={commit}");
    println!("cargo:rerun-if-changed=build.rs");
}
