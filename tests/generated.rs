//! The checked-in shell completions (`completions/`: bash, zsh and fish) and man pages (`man/`)
//! are exactly what the binary generates from its clap definitions; a stale file fails with the
//! command that refreshes it (`scripts/regen.sh` refreshes them all).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Completion files of one shell: (installed name, file) per personality.
type PersonalityFiles = &'static [(&'static str, &'static str)];

/// (shell, file for rnats, files per personality): the shells' conventional file names.
/// (`rnats generate completions elvish|powershell` still works, through clap_complete; those
/// scripts run to megabytes for natscli's tree and are not shipped.)
const SHELLS: &[(&str, &str, PersonalityFiles)] = &[
    (
        "bash",
        "rnats.bash",
        &[
            ("nats-server", "nats-server.bash"),
            ("nats", "nats.bash"),
            ("nsc", "nsc.bash"),
            ("nats-top", "nats-top.bash"),
        ],
    ),
    (
        "zsh",
        "_rnats",
        &[
            ("nats-server", "_nats-server"),
            ("nats", "_nats"),
            ("nsc", "_nsc"),
            ("nats-top", "_nats-top"),
        ],
    ),
    (
        "fish",
        "rnats.fish",
        &[
            ("nats-server", "nats-server.fish"),
            ("nats", "nats.fish"),
            ("nsc", "nsc.fish"),
            ("nats-top", "nats-top.fish"),
        ],
    ),
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rnats(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_rnats"))
        .args(args)
        .output()
        .expect("run rnats");
    assert!(
        out.status.success(),
        "rnats {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn completions_are_current() {
    let mut stale = Vec::new();
    for (shell, rnats_file, personalities) in SHELLS {
        let targets = std::iter::once((None, *rnats_file)).chain(
            personalities
                .iter()
                .map(|(name, file)| (Some(*name), *file)),
        );
        for (as_name, file) in targets {
            let mut args = vec!["generate", "completions", shell];
            let mut refresh = format!("cargo run -- generate completions {shell}");
            if let Some(name) = as_name {
                args.extend(["--as", name]);
                refresh.push_str(&format!(" --as {name}"));
            }
            let generated = rnats(&args);
            let path = repo().join("completions").join(file);
            if std::fs::read(&path).ok().as_deref() != Some(generated.as_slice()) {
                stale.push(format!(
                    "completions/{file} is stale: run `scripts/regen.sh` (or `{refresh} > completions/{file}`) to refresh"
                ));
            }
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn man_pages_are_current() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8 temp path");
    rnats(&["generate", "man", out]);
    let names = |d: &Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| PathBuf::from(e.file_name())))
                    .filter(|p| p.extension().is_some_and(|x| x == "1"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    let refresh =
        "run `scripts/regen.sh` (or `rm -r man && cargo run -- generate man man`) to refresh";
    let generated = names(dir.path());
    assert!(!generated.is_empty(), "rnats generate man wrote nothing");
    assert_eq!(
        names(&repo().join("man")),
        generated,
        "man/ holds other pages than rnats generates: {refresh}"
    );
    for name in generated {
        let want = std::fs::read(dir.path().join(&name)).expect("generated page");
        let have = std::fs::read(repo().join("man").join(&name)).ok();
        assert!(
            have.as_deref() == Some(want.as_slice()),
            "man/{} is stale: {refresh}",
            name.display()
        );
    }
}
