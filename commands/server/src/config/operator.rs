//! Operator-mode settings: `operator` (JWTs inline or as files), `resolver` (`MEMORY`, or the
//! nats-based `full`/`cache` resolver over a directory) and `resolver_preload`, turned into [`OperatorTrust`] once the whole file is read:
//! the preloaded accounts become accounts named by their public keys, and the operator's
//! `system_account` becomes the system account unless `system_account` is set.

use super::{invalid, string, wrong_type, Applier, ConfigError};
use crate::auth::operator::{read_operator_jwt, OperatorTrust};
use crate::conf::{Item, Value};

impl Applier<'_> {
    /// `operator` / `operators` / `root_operators` / `trusted_operators`: one or more JWTs or
    /// JWT files.
    pub(super) fn operator(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let values: Vec<(&str, &Item)> = match &item.value {
            Value::String(s) => vec![(s.as_str(), item)],
            Value::Array(a) => a
                .iter()
                .map(|e| match &e.value {
                    Value::String(s) => Ok((s.as_str(), e)),
                    other => Err(wrong_type(key, e, "strings in its array", other)),
                })
                .collect::<Result<_, _>>()?,
            other => {
                return Err(wrong_type(
                    key,
                    item,
                    "a string or an array of strings",
                    other,
                ))
            }
        };
        let base = self
            .opts
            .config_file
            .as_deref()
            .and_then(|p| p.parent())
            .map(|p| p.to_path_buf());
        for (v, at) in values {
            let token = read_operator_jwt(v, base.as_deref()).map_err(|m| invalid(key, at, m))?;
            self.opts.auth.operator_jwts.push(token);
        }
        Ok(())
    }

    /// `resolver`: `MEM`/`MEMORY`, or `{ type: full|cache, dir, allow_delete, hard_delete,
    /// limit, ttl, interval, timeout }` (upstream `opts.go`, with its error texts). The URL
    /// resolver (`URL(...)`) is refused.
    pub(super) fn resolver(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        const BAD: &str = "error parsing account resolver, should be MEM or  URL(\"url\") or a \
                           map containing dir and type state=[FULL|CACHE])";
        let auth = &mut self.opts.auth;
        auth.resolver = None;
        auth.resolver_dir = None;
        match &item.value {
            Value::String(s) => {
                let up = s.to_ascii_uppercase();
                if up.contains("MEM") {
                    auth.resolver = Some("MEMORY".to_string());
                    Ok(())
                } else if up.trim_start().starts_with("URL") {
                    Err(invalid(
                        key,
                        item,
                        "the URL account resolver is not supported by rnats yet (use MEMORY or \
                         resolver { type: full, dir: ... }); refusing to start",
                    ))
                } else {
                    Err(invalid(key, item, BAD))
                }
            }
            Value::Map(m) => {
                let get_str = |k: &str| -> Result<Option<String>, ConfigError> {
                    m.get(k)
                        .map(|v| string(k, v).map(str::to_owned))
                        .transpose()
                };
                let get_bool = |k: &str| -> Result<Option<bool>, ConfigError> {
                    m.get(k)
                        .map(|v| match &v.value {
                            Value::Bool(b) => Ok(*b),
                            other => Err(wrong_type(k, v, "a boolean", other)),
                        })
                        .transpose()
                };
                let get_dur = |k: &str| -> Result<Option<std::time::Duration>, ConfigError> {
                    m.get(k).map(|v| super::strict_duration(k, v)).transpose()
                };
                let dir = get_str("dir")?.unwrap_or_default();
                let kind = get_str("type")?.unwrap_or_default().to_ascii_uppercase();
                let del = get_bool("allow_delete")?.unwrap_or(false);
                let hard = get_bool("hard_delete")?;
                let limit = match m.get("limit") {
                    None => 0,
                    Some(v) => match &v.value {
                        Value::Int(n) => *n,
                        other => return Err(wrong_type("limit", v, "an integer", other)),
                    },
                };
                let ttl = get_dur("ttl")?.unwrap_or_default();
                let interval = get_dur("interval")?.unwrap_or_default();
                let timeout = match get_dur("timeout")? {
                    Some(t) if t.is_zero() => {
                        return Err(invalid(
                            key,
                            item,
                            format!("Fetch timeout {t:?} is too smal"),
                        ))
                    }
                    Some(t) => t,
                    None => std::time::Duration::from_millis(1900),
                };
                let check_dir = || -> Result<(), ConfigError> {
                    if dir.is_empty() {
                        return Err(invalid(
                            key,
                            item,
                            "dir has no value and needs to point to a directory",
                        ));
                    }
                    if let Ok(md) = std::fs::metadata(&dir) {
                        if !md.is_dir() {
                            return Err(invalid(
                                key,
                                item,
                                "dir needs to point to an accessible directory",
                            ));
                        }
                    }
                    Ok(())
                };
                let cache = match kind.as_str() {
                    "CACHE" => {
                        check_dir()?;
                        let refuse = |what: &str| Err(invalid(key, item, what.to_string()));
                        if !interval.is_zero() {
                            return refuse("CACHE does not accept sync");
                        }
                        if del {
                            return refuse("CACHE does not accept allow_delete");
                        }
                        if hard.is_some() {
                            return refuse("CACHE does not accept hard_delete");
                        }
                        true
                    }
                    "FULL" => {
                        check_dir()?;
                        if !ttl.is_zero() {
                            return Err(invalid(key, item, "FULL does not accept ttl"));
                        }
                        if hard.is_some() && !del {
                            return Err(invalid(
                                key,
                                item,
                                "hard_delete has no effect without delete",
                            ));
                        }
                        false
                    }
                    "MEM" | "MEMORY" => {
                        auth.resolver = Some("MEMORY".to_string());
                        return Ok(());
                    }
                    _ => return Err(invalid(key, item, BAD)),
                };
                let delete = match (del, hard.unwrap_or(false)) {
                    (false, _) => crate::resolver::DeleteMode::Refuse,
                    (true, false) => crate::resolver::DeleteMode::Rename,
                    (true, true) => crate::resolver::DeleteMode::Remove,
                };
                let cfg = crate::resolver::DirResolverConfig {
                    cache,
                    dir: std::path::PathBuf::from(&dir),
                    delete,
                    limit,
                    interval: if interval.is_zero() {
                        std::time::Duration::from_secs(60)
                    } else {
                        interval
                    },
                    timeout,
                    ttl,
                };
                // Upstream creates the directory while reading the configuration.
                crate::resolver::DirStore::open(&cfg).map_err(|e| invalid(key, item, e))?;
                auth.resolver = Some(if cache { "CACHE" } else { "FULL" }.to_string());
                auth.resolver_dir = Some(cfg);
                Ok(())
            }
            other => Err(invalid(
                key,
                item,
                format!(
                    "error parsing operator resolver, wrong type {}",
                    other.type_name()
                ),
            )),
        }
    }

    /// `resolver_preload { <account key>: <account JWT> }`.
    pub(super) fn resolver_preload(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let Value::Map(m) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        for (k, v) in m.iter() {
            let token = string(k, v)?;
            self.opts
                .auth
                .resolver_preload
                .push((k.to_string(), token.trim().to_owned()));
        }
        Ok(())
    }

    /// Builds operator mode once every key is read; a no-op without `operator`.
    pub(super) fn finish_operator_mode(&mut self) -> Result<(), ConfigError> {
        let auth = &mut self.opts.auth;
        if auth.operator_jwts.is_empty() {
            if !auth.resolver_preload.is_empty() || auth.resolver.is_some() {
                return Err(ConfigError::Conflict(
                    "resolver requires an operator".to_string(),
                ));
            }
            return Ok(());
        }
        if !auth.users.is_empty() || auth.username.is_some() || auth.token.is_some() {
            return Err(ConfigError::Conflict(
                "operators do not allow authorization users, tokens or nkeys to be set".to_string(),
            ));
        }
        let mut trust = OperatorTrust::build(&auth.operator_jwts, &auth.resolver_preload)
            .map_err(ConfigError::Conflict)?;
        if let Some(cfg) = &auth.resolver_dir {
            // Upstream stores the preloads (unless the stored JWT is newer), then serves
            // accounts from the directory.
            let store = crate::resolver::DirStore::open(cfg).map_err(ConfigError::Conflict)?;
            for (k, v) in &auth.resolver_preload {
                store.save_if_newer(k, v).map_err(|e| {
                    ConfigError::Conflict(format!("preload account error for {k:?}: {e}"))
                })?;
            }
            for (k, v) in store.all() {
                // A JWT that does not verify or is not the operator's is left out: upstream
                // would refuse the account when a client asks for it.
                let _ = trust.insert_account(&k, v.trim());
            }
        }
        for acc in trust.account_configs() {
            if !auth.accounts.iter().any(|a| a.name == acc.name) {
                auth.accounts.push(acc);
            }
        }
        if auth.system_account.is_none() {
            auth.system_account = trust.system_account().map(str::to_owned);
        }
        auth.trust = Some(trust);
        Ok(())
    }
}
