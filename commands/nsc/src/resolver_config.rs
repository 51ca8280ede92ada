//! `nsc generate config`: server configuration for operator mode (nsc
//! `memresolverconfigbuilder.go`, `natsresolverconfigbuilder.go`).
//!
//! `--mem-resolver`: `operator`, `system_account`, `resolver: MEMORY` and every account JWT in
//! `resolver_preload`, sorted by public key, each under a `// Account "<name>"` comment (with
//! `--dir`, the JWTs go to files next to a `resolver.conf` that names them).
//! `--nats-resolver[-cache]`: `operator`, `system_account`, a `resolver { type: full|cache ... }`
//! block storing JWTs in `./jwt`, and the system account alone preloaded.

use std::path::Path;

use anyhow::Result;

/// A JWT with the name and public key it describes.
#[derive(Debug, Clone)]
pub struct NamedJwt {
    /// Name in the store.
    pub name: String,
    /// Subject.
    pub public_key: String,
    /// The token.
    pub token: String,
}

/// The memory resolver configuration, JWTs inline.
pub fn memory(operator: &NamedJwt, system_account: &str, accounts: &[NamedJwt]) -> String {
    let mut s = format!(
        "// Operator {:?}\noperator: {}\n\n",
        operator.name, operator.token
    );
    if !system_account.is_empty() {
        s.push_str(&format!("system_account: {system_account}\n\n"));
    }
    let mut sorted: Vec<&NamedJwt> = accounts.iter().collect();
    sorted.sort_by(|a, b| a.public_key.cmp(&b.public_key));
    s.push_str("resolver: MEMORY\n\nresolver_preload: {\n");
    for a in sorted {
        s.push_str(&format!(
            "  // Account {:?}\n  {}: {}\n\n",
            a.name, a.public_key, a.token
        ));
    }
    s.push_str("}\n");
    s
}

/// The memory resolver configuration with each JWT in its own file under `dir`, written with
/// `resolver.conf` there.
pub fn memory_dir(
    operator: &NamedJwt,
    system_account: &str,
    accounts: &[NamedJwt],
    dir: &Path,
) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    let op_file = format!("{}.jwt", operator.name);
    std::fs::write(dir.join(&op_file), &operator.token)?;
    let mut s = format!(
        "// Operator {:?}\noperator: {:?}\n\n",
        operator.name,
        format!("./{op_file}")
    );
    if !system_account.is_empty() {
        s.push_str(&format!("system_account: {system_account}\n\n"));
    }
    let mut sorted: Vec<&NamedJwt> = accounts.iter().collect();
    sorted.sort_by(|a, b| a.public_key.cmp(&b.public_key));
    s.push_str("resolver: MEMORY\n\nresolver_preload: {\n");
    for a in sorted {
        let f = format!("{}.jwt", a.name);
        std::fs::write(dir.join(&f), &a.token)?;
        s.push_str(&format!(
            "  // Account {:?}\n  {}: {:?}\n\n",
            a.name, a.public_key, f
        ));
    }
    s.push_str("}\n");
    std::fs::write(dir.join("resolver.conf"), s)?;
    Ok(())
}

/// The nats-based resolver configuration (`full`, or `cache` when `cache`).
pub fn nats(operator: &NamedJwt, system: &NamedJwt, cache: bool) -> String {
    let resolver = if cache {
        "# The nats based cache resolver: account JWTs are looked up from other servers and\n\
         # kept in 'dir' for 'ttl'.\n\
         resolver {\n    type: cache\n    dir: './jwt'\n    ttl: \"1h\"\n    timeout: \"1.9s\"\n}\n"
    } else {
        "# The nats based resolver: account JWTs pushed with 'nsc push' are stored in 'dir'.\n\
         # allow_delete lets 'nsc push --prune' remove them (renamed with a .delete suffix);\n\
         # servers compare their sets every 'interval' and look up unknown accounts for up to\n\
         # 'timeout'.\n\
         resolver {\n    type: full\n    dir: './jwt'\n    allow_delete: false\n    \
         interval: \"2m\"\n    timeout: \"1.9s\"\n}\n"
    };
    format!(
        "# Operator named {}\noperator: {}\n# System Account named {}\nsystem_account: {}\n\n\
         {resolver}\n\
         # Only the system account is preloaded; push the other accounts with 'nsc push --all'.\n\
         resolver_preload: {{\n\t{}: {},\n}}\n",
        operator.name,
        operator.token,
        system.name,
        system.public_key,
        system.public_key,
        system.token
    )
}
