//! Operator-mode settings: `operator` (JWTs inline or as files), `resolver` (only `MEMORY` so
//! far) and `resolver_preload`, turned into [`OperatorTrust`] once the whole file is read:
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

    /// `resolver`: `MEMORY`; the nats-based (`full`/`cache`) and URL resolvers are refused.
    pub(super) fn resolver(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        match &item.value {
            Value::String(s) if s.eq_ignore_ascii_case("MEMORY") => {
                self.opts.auth.resolver = Some("MEMORY".to_string());
                Ok(())
            }
            _ => Err(invalid(
                key,
                item,
                "only \"resolver: MEMORY\" is supported by rnats yet (the nats-based full/cache \
                 and URL resolvers are not); refusing to start",
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
        let trust = OperatorTrust::build(&auth.operator_jwts, &auth.resolver_preload)
            .map_err(ConfigError::Conflict)?;
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
