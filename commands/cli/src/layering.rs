//! The CLI's layering rule, checked on the source: a command family's module (`*_cmd.rs`,
//! `bench/`, `sub_js.rs` and `sub_direct.rs` of `sub` and `consumer_find.rs` of `consumer`) imports from the [`crate::kit`],
//! `options` and its own family only, and the kit imports no family. What one family needs from
//! another moves into the kit; [`DELEGATIONS`] lists the few places where one natscli command
//! runs another family's command as a whole, each with its reason. A delegation that is gone
//! must leave the list too, so the list cannot hide a new dependency.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// `(from, to, why)`: family `from` runs family `to`'s command.
const DELEGATIONS: &[(&str, &str, &str)] = &[
    (
        "account",
        "server",
        "`account report connections` is `server report connections` for one account",
    ),
    (
        "account",
        "backup",
        "`account backup`/`restore` are implemented beside `stream backup`/`restore`",
    ),
    (
        "stream",
        "backup",
        "`stream backup`/`restore` are implemented in backup_cmd",
    ),
    (
        "backup",
        "stream",
        "a restore prints the restored stream as `stream info` does",
    ),
    (
        "service",
        "req",
        "`service request` sends the request exactly as `nats request` does",
    ),
];

/// The family a module path (`stream_cmd`, `bench`, `sub_js`) belongs to.
fn family_of_module(module: &str) -> Option<&str> {
    match module {
        "bench" => Some("bench"),
        "sub_js" | "sub_direct" => Some("sub"),
        "consumer_find" => Some("consumer"),
        m => m.strip_suffix("_cmd"),
    }
}

/// The family a source file belongs to, `None` for the kit and the crate's shared modules.
fn family_of_file(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let module = first.strip_suffix(".rs").unwrap_or(first);
    family_of_module(module).map(str::to_string)
}

/// Every family named in `crate::...` paths of `text` (plain paths and `use crate::{a, b}`).
fn families_referenced(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end].split(',').map(str::trim).collect()
        } else {
            vec![rest]
        };
        for name in names {
            let end = name
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(name.len());
            if let Some(f) = family_of_module(&name[..end]) {
                out.insert(f.to_string());
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("read src dir");
    for e in entries {
        let path = e.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn families_import_only_the_kit() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    let mut used = BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        if rel == Path::new("lib.rs") || rel == Path::new("layering.rs") {
            continue; // dispatch names every family; this file names them in its table
        }
        let text = std::fs::read_to_string(file).expect("read source");
        let own = family_of_file(&src, file);
        for to in families_referenced(&text) {
            if own.as_deref() == Some(to.as_str()) {
                continue;
            }
            let from = own.clone().unwrap_or_else(|| "(kit)".to_string());
            if DELEGATIONS
                .iter()
                .any(|(f, t, _)| *f == from.as_str() && *t == to.as_str())
            {
                used.insert((from, to));
                continue;
            }
            violations.push(format!("{} uses family {to}", rel.display()));
        }
    }
    assert!(
        violations.is_empty(),
        "cross-family imports (move the shared piece into src/kit/): {violations:#?}"
    );
    for (from, to, why) in DELEGATIONS {
        assert!(
            used.contains(&(from.to_string(), to.to_string())),
            "delegation {from} -> {to} ({why}) no longer exists: remove it from DELEGATIONS"
        );
    }
}

#[test]
fn references_are_found_in_paths_and_groups() {
    let text = "use crate::kit::output;\nuse crate::{stream_cmd, kit};\nlet x = crate::bench::stats::y;\ncrate::sub_js::run();";
    let got: Vec<String> = families_referenced(text).into_iter().collect();
    assert_eq!(got, ["bench", "stream", "sub"]);
}
