//! `nsc generate context`: a natscli context file naming a user's creds (nsc
//! `cmd/generatecontext.go`): `$XDG_CONFIG_HOME/nats/context/<name>.json` (else
//! `~/.config/nats/context`) holding `nsc`, `url` (the operator's first service URL) and `creds`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde::Serialize;

use crate::store::{self, Env};

/// The three fields nsc writes, in its order, each omitted when empty.
#[derive(Serialize)]
struct CliContext<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    nsc: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    url: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    creds: &'a str,
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

/// natscli's context directory as nsc computes it (`home.NatsCliContextDir`).
fn context_dir() -> PathBuf {
    let config = match std::env::var_os("XDG_CONFIG_HOME") {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => home().unwrap_or_else(|| PathBuf::from(".")).join(".config"),
    };
    config.join("nats").join("context")
}

/// `~` for the home directory prefix (nsc's `AbbrevHomePaths`).
fn abbrev_home(p: &Path) -> String {
    let s = p.display().to_string();
    match home() {
        Some(h) => {
            let h = h.display().to_string();
            match s.strip_prefix(&h) {
                Some(rest) => format!("~{rest}"),
                None => s,
            }
        }
        None => s,
    }
}

/// Go's `json.Marshal` escapes `<`, `>` and `&` in strings.
fn go_json_escape(s: &str) -> String {
    s.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Runs `nsc generate context`.
pub fn generate_context(
    env: &Env,
    account: Option<String>,
    user: Option<String>,
    context: Option<String>,
) -> Result<()> {
    let st = env.store(None)?;
    let account = match account {
        Some(a) if !a.is_empty() => a,
        _ => {
            if env.config.account.is_empty() {
                bail!("account is required");
            }
            env.config.account.clone()
        }
    };
    let user = match user {
        Some(u) if !u.is_empty() => u,
        _ => match st.users(&account).as_slice() {
            [] => bail!("account {account:?} has no users"),
            [one] => one.clone(),
            _ => bail!("user is required"),
        },
    };
    let mut context = match context {
        Some(c) if !c.is_empty() => c,
        _ => bail!("context name is required"),
    };
    if context.contains(['/', '\\']) {
        bail!("context name cannot contain filepath separators");
    }
    if !st.user_path(&account, &user).exists() {
        bail!("user {user:?} not found in {account:?}");
    }
    let creds = st.keys.creds_path(&st.name, &account, &user);
    if !creds.exists() {
        bail!(
            "creds file {:?} - doesn't exist - nsc generate creds first",
            creds.display().to_string()
        );
    }
    let op = st.operator()?;
    let url = op
        .nats
        .operator_service_urls
        .first()
        .cloned()
        .unwrap_or_default();
    let nsc = format!("nsc://{}/{account}/{user}", st.name);
    let creds = creds.display().to_string();
    let json = serde_json::to_string(&CliContext {
        nsc: &nsc,
        url: &url,
        creds: &creds,
    })?;
    if !context.ends_with(".json") {
        context.push_str(".json");
    }
    let dir = context_dir();
    std::fs::create_dir_all(&dir).map_err(|e| {
        anyhow::anyhow!(
            "failed to create context dir {:?}: {e}",
            dir.display().to_string()
        )
    })?;
    let path = dir.join(&context);
    eprintln!("{}", path.display());
    store::write_file(&path, go_json_escape(&json).as_bytes(), 0o644)
        .map_err(|e| anyhow::anyhow!("failed to write context file: {e}"))?;
    crate::ok(format!(
        "wrote nats cli context file to `{}`",
        abbrev_home(&path)
    ));
    Ok(())
}
