//! The security half of the configuration file: `authorization {}`, `accounts {}`, the top-level
//! `mappings {}`, `system_account`, `no_system_account` and `no_auth_user`, parsed into
//! [`AuthOptions`] with nats-server's keys, aliases and error texts (`server/opts.go`:
//! `parseAuthorization`, `parseUsers`, `parseAccounts`, `parseAccountExports`/`Imports`,
//! `parseAccountMappings`, `parseUserPermissions`, `parseAllowResponses`, `parseAccountLimits`,
//! `parseJetStreamForAccount`).
//!
//! Errors name the position of the key (or array element) at fault, where upstream often names
//! the enclosing block. Values are quoted in errors only when they are subjects, account names,
//! public nkeys or other settings that are not secret; a password or token never is.
//!
//! Nothing is enforced here: `auth::authn` and `auth::perms` build their runtime forms from
//! [`AuthOptions`]. [`validate`] holds the checks nats-server makes at startup once flags are
//! merged (`validateAuth`, the system account lookup of `configureAccounts`).

use std::collections::HashSet;
use std::time::Duration;

use rnats_proto::nkeys::{is_valid_public_key, KeyRole};
use rnats_proto::subject::{is_literal, is_valid_subject};

use super::{boolean, int, invalid, string, wrong_type, Applier, ConfigError};
use crate::auth::options::{
    AccountConfig, AccountJetStream, AccountLimits, AuthOptions, Credential, ExportConfig,
    ExportKind, ImportConfig, MappingConfig, MappingDestination, PermissionsConfig,
    ResponsePermission, ResponseType, SubjectPermission, UserConfig, GLOBAL_ACCOUNT,
};
use crate::conf::{Item, Map, Pos, Value};
use rnats_proto::kit::format::parse_duration;

/// Connection types a user may be limited to (`allowed_connection_types`), as nats-server's
/// `jwt.ConnectionType*` constants spell them.
const CONNECTION_TYPES: &[&str] = &[
    "STANDARD",
    "WEBSOCKET",
    "LEAFNODE",
    "LEAFNODE_WS",
    "MQTT",
    "MQTT_WS",
    "IN_PROCESS",
];

/// nats-server's `setBaselineOptions` default for `authorization.timeout` (without TLS).
const DEFAULT_AUTH_TIMEOUT: Duration = Duration::from_secs(2);

/// Startup checks on the merged options (nats-server `validateAuth` and `configureAccounts`).
pub(super) fn validate(auth: &AuthOptions) -> Result<(), ConfigError> {
    if let Some(name) = &auth.no_auth_user {
        if auth.users.is_empty() {
            return Err(ConfigError::Conflict(format!(
                "no_auth_user: \"{name}\" present, but users/nkeys are not defined"
            )));
        }
        let known = auth.users.iter().any(|u| match &u.credential {
            Credential::Password { user, .. } => user == name,
            Credential::Nkey(key) => key == name,
        });
        if !known {
            return Err(ConfigError::Conflict(format!(
                "no_auth_user: \"{name}\" not present as user or nkey in authorization block or account configuration"
            )));
        }
    }
    if let Some(name) = &auth.system_account {
        // Only configured accounts and the global account exist before the system account is
        // set up; even `$SYS` must be defined when named explicitly.
        if name != GLOBAL_ACCOUNT && !auth.accounts.iter().any(|a| &a.name == name) {
            return Err(ConfigError::Conflict(
                "error resolving system account: account missing".to_string(),
            ));
        }
    }
    Ok(())
}

impl Applier<'_> {
    /// `system_account` / `system`, read before every other key as upstream's
    /// `configureSystemAccount` does; `system_account` wins when both are present.
    pub(super) fn system_account(&mut self, map: &Map) {
        let pick = |name: &str| {
            map.iter()
                .filter(|(k, item)| !item.used_as_variable && k.eq_ignore_ascii_case(name))
                .last()
        };
        let Some((_, item)) = pick("system_account").or_else(|| pick("system")) else {
            return;
        };
        match &item.value {
            Value::String(s) => self.opts.auth.system_account = Some(s.clone()),
            _ => self.errors.push(ConfigError::Invalid {
                pos: item.pos.clone(),
                key: "system_account".to_string(),
                message: "system account name must be a string".to_string(),
            }),
        }
    }

    /// `no_auth_user: NAME`.
    pub(super) fn no_auth_user(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let name = string(key, item)?;
        self.opts.auth.no_auth_user = (!name.is_empty()).then(|| name.to_string());
        Ok(())
    }

    /// Top-level `mappings` / `maps`: the global account's subject mappings.
    pub(super) fn global_mappings(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let mappings = self.mappings(key, item)?;
        self.opts.auth.mappings.extend(mappings);
        Ok(())
    }

    /// `authorization { ... }`.
    pub(super) fn authorization(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        let Value::Map(block) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        let mut user = None;
        let mut pass = None;
        let mut token = None;
        let mut timeout = None;
        let mut users: Option<Vec<UserConfig>> = None;
        let mut default_permissions = None;
        for (k, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                "user" | "username" => user = Some(string(k, v)?.to_string()),
                "pass" | "password" => pass = Some(string(k, v)?.to_string()),
                "token" => token = Some(string(k, v)?.to_string()),
                "timeout" => timeout = Some(self.auth_timeout(k, v)?),
                "users" => match self.users(k, v, None) {
                    Ok(list) => users = Some(list),
                    Err(e) => self.errors.push(e),
                },
                "default_permission" | "default_permissions" | "permissions" => {
                    match self.permissions(k, v) {
                        Ok(p) => default_permissions = Some(p),
                        Err(e) => self.errors.push(e),
                    }
                }
                // Callouts delegate authentication to a service rnats does not run yet.
                "auth_callout" | "auth_hook" => self.errors.push(unenforced(k, v)),
                "proxy_required" => {
                    if boolean(k, v)? {
                        self.errors.push(unenforced(k, v));
                    }
                }
                _ => self.errors.push(unknown_field(k, v)),
            }
        }
        let non_empty = |s: Option<String>| s.filter(|s| !s.is_empty());
        let (user, pass, token) = (non_empty(user), non_empty(pass), non_empty(token));
        // Zero means the default, as upstream's `setBaselineOptions` has it.
        let timeout = timeout.filter(|t: &Duration| !t.is_zero());
        self.opts.auth_timeout_set = timeout.is_some();
        self.opts.auth_timeout = timeout.unwrap_or(DEFAULT_AUTH_TIMEOUT);
        let auth = &mut self.opts.auth;
        auth.username = user.clone();
        auth.password = pass.clone();
        auth.token = token.clone();
        auth.default_permissions = default_permissions;

        if (user.is_some() || pass.is_some()) && token.is_some() {
            return Err(invalid(key, item, "Cannot have a user/pass and token"));
        }
        // Users of `accounts {}` count too when that block came first.
        let mut seen = UserNames::from(&*auth);
        if users.is_some() || !seen.is_empty() {
            if user.is_some() {
                return Err(invalid(
                    key,
                    item,
                    "Can not have a single user/pass and a users array",
                ));
            }
            if token.is_some() {
                return Err(invalid(key, item, "Can not have a token and a users array"));
            }
        }
        for u in users.unwrap_or_default() {
            if let Some(dup) = seen.insert(&u) {
                return Err(invalid(key, item, dup));
            }
            auth.users.push(u);
        }
        Ok(())
    }

    /// `authorization.timeout`: seconds (integer or float) or a duration string.
    fn auth_timeout(&mut self, key: &str, item: &Item) -> Result<Duration, ConfigError> {
        let (secs, shown) = match &item.value {
            Value::Int(n) => (*n as f64, n.to_string()),
            Value::Float(f) => (*f, f.to_string()),
            Value::String(s) => {
                let d = parse_duration(s).map_err(|e| {
                    invalid(
                        key,
                        item,
                        format!("error parsing authorization config, 'timeout' {e}"),
                    )
                })?;
                (d.as_secs_f64(), s.clone())
            }
            _ => {
                return Err(invalid(
                    key,
                    item,
                    "error parsing authorization config, 'timeout' wrong type",
                ))
            }
        };
        if secs > 60.0 {
            self.warnings.push(format!(
                "{}: invalid use of field \"{key}\": timeout of {shown} ({secs:.6} seconds) is high, \
                 consider keeping it under 60 seconds. possibly caused by unquoted duration; use \
                 '1m' instead of 1m, for example",
                item.pos
            ));
        }
        // Upstream keeps a negative float, which times every client out at once; refuse it.
        Duration::try_from_secs_f64(secs).map_err(|_| {
            invalid(
                key,
                item,
                "error parsing authorization config, 'timeout' can not be negative",
            )
        })
    }

    /// `users [...]` of `authorization` (`account` None) or of an account.
    fn users(
        &mut self,
        key: &str,
        item: &Item,
        account: Option<&str>,
    ) -> Result<Vec<UserConfig>, ConfigError> {
        let Value::Array(entries) = &item.value else {
            return Err(invalid(
                key,
                item,
                format!(
                    "Expected users field to be an array, got {}",
                    item.value.type_name()
                ),
            ));
        };
        let mut out = Vec::with_capacity(entries.len());
        for entry in entries {
            let Value::Map(fields) = &entry.value else {
                // The value is not shown: a misplaced "user:password" string is a secret.
                self.errors.push(invalid(
                    key,
                    entry,
                    format!(
                        "Expected user entry to be a map/struct, got {}",
                        entry.value.type_name()
                    ),
                ));
                continue;
            };
            out.push(self.user(key, entry, fields, account)?);
        }
        Ok(out)
    }

    /// One entry of `users`: `{user, password, ...}` or `{nkey, ...}`.
    fn user(
        &mut self,
        key: &str,
        entry: &Item,
        fields: &Map,
        account: Option<&str>,
    ) -> Result<UserConfig, ConfigError> {
        let mut name = String::new();
        let mut password = String::new();
        let mut nkey = String::new();
        let mut permissions = None;
        let mut connection_types = None;
        for (k, v) in fields.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                "nkey" => nkey = string(k, v)?.to_string(),
                "user" | "username" => name = string(k, v)?.to_string(),
                "pass" | "password" => password = string(k, v)?.to_string(),
                "permission" | "permissions" | "authorization" => match self.permissions(k, v) {
                    Ok(p) => permissions = Some(p),
                    Err(e) => self.errors.push(e),
                },
                "allowed_connection_types" | "connection_types" | "clients" => {
                    connection_types = self.connection_types(k, v)
                }
                "proxy_required" => {
                    if boolean(k, v)? {
                        self.errors.push(unenforced(k, v));
                    }
                }
                _ => self.errors.push(unknown_field(k, v)),
            }
        }
        let credential = if !nkey.is_empty() {
            if !is_valid_public_key(&nkey, Some(KeyRole::User)) {
                return Err(invalid(key, entry, "Not a valid public nkey for a user"));
            }
            if !name.is_empty() || !password.is_empty() {
                return Err(invalid(
                    key,
                    entry,
                    "Nkey users do not take usernames or passwords",
                ));
            }
            Credential::Nkey(nkey)
        } else if !name.is_empty() {
            Credential::Password {
                user: name,
                password,
            }
        } else {
            return Err(invalid(key, entry, "User entry requires a user"));
        };
        Ok(UserConfig {
            credential,
            account: account.map(str::to_string),
            permissions,
            allowed_connection_types: connection_types,
        })
    }

    /// `allowed_connection_types`: a string or strings, upper-cased, each known. Errors are
    /// recorded; the valid types are returned regardless, as upstream does.
    fn connection_types(&mut self, key: &str, item: &Item) -> Option<Vec<String>> {
        let what = "allowed connection types";
        let names = match &item.value {
            Value::String(s) => vec![s.clone()],
            Value::Array(elems) => {
                let mut names = Vec::with_capacity(elems.len());
                for e in elems {
                    match &e.value {
                        Value::String(s) => names.push(s.clone()),
                        other => self.errors.push(invalid(
                            key,
                            e,
                            format!(
                                "error parsing {what}: unsupported type in array {}",
                                go_type(other)
                            ),
                        )),
                    }
                }
                names
            }
            other => {
                self.errors.push(invalid(
                    key,
                    item,
                    format!("error parsing {what}: unsupported type {}", go_type(other)),
                ));
                return None;
            }
        };
        let mut known = Vec::new();
        let mut unknown = Vec::new();
        for name in names {
            let upper = name.to_ascii_uppercase();
            if !CONNECTION_TYPES.contains(&upper.as_str()) {
                unknown.push(format!("{upper:?}"));
            } else if !known.contains(&upper) {
                known.push(upper);
            }
        }
        if !unknown.is_empty() {
            self.errors.push(invalid(
                key,
                item,
                format!("invalid connection types [{}]", unknown.join(" ")),
            ));
        }
        Some(known)
    }

    /// A `permissions {}` block (a user's, `default_permissions`).
    fn permissions(&mut self, key: &str, item: &Item) -> Result<PermissionsConfig, ConfigError> {
        let Value::Map(block) = &item.value else {
            return Err(invalid(
                key,
                item,
                format!(
                    "Expected permissions to be a map/struct, got {}",
                    go_value(&item.value)
                ),
            ));
        };
        let mut p = PermissionsConfig::default();
        for (k, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                // `import`/`export` are the route spellings of publish/subscribe.
                "pub" | "publish" | "import" => match subject_permission(k, v, false) {
                    Ok(sp) => p.publish = sp,
                    Err(e) => self.errors.push(e),
                },
                "sub" | "subscribe" | "export" => match subject_permission(k, v, true) {
                    Ok(sp) => p.subscribe = sp,
                    Err(e) => self.errors.push(e),
                },
                "publish_allow_responses" | "allow_responses" => {
                    p.allow_responses = match &v.value {
                        Value::Bool(true) => Some(ResponsePermission::default()),
                        Value::Bool(false) => None,
                        _ => self.allow_responses(k, v),
                    }
                }
                _ => self.errors.push(invalid(
                    k,
                    v,
                    format!("Unknown field \"{k}\" parsing permissions"),
                )),
            }
        }
        // Allowing responses turns off the blanket publish allow: only replies may be sent
        // unless subjects are allowed explicitly (upstream `parseUserPermissions`).
        if p.allow_responses.is_some() {
            p.publish
                .get_or_insert_with(SubjectPermission::default)
                .allow
                .get_or_insert_with(Vec::new);
        }
        Ok(p)
    }

    /// `allow_responses {max, expires}`. Zero means the default; a negative value means no
    /// limit upstream, kept here as `usize::MAX` replies and `Duration::MAX`.
    fn allow_responses(&mut self, key: &str, item: &Item) -> Option<ResponsePermission> {
        let Value::Map(block) = &item.value else {
            self.errors.push(invalid(
                key,
                item,
                "error parsing response permissions, expected a boolean or a map",
            ));
            return None;
        };
        let mut rp = ResponsePermission::default();
        for (k, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                "max" | "max_msgs" | "max_messages" | "max_responses" => match int(k, v) {
                    Ok(0) => {}
                    Ok(n) => rp.max = usize::try_from(n).unwrap_or(usize::MAX),
                    Err(e) => {
                        self.errors.push(e);
                        return None;
                    }
                },
                "expires" | "expiration" | "ttl" => {
                    let Value::String(s) = &v.value else {
                        self.errors.push(invalid(
                            k,
                            v,
                            "error parsing expires, not a duration string",
                        ));
                        return None;
                    };
                    let (negative, text) = match s.strip_prefix('-') {
                        Some(rest) => (true, rest),
                        None => (false, s.as_str()),
                    };
                    match parse_duration(text) {
                        Ok(d) if d.is_zero() => {}
                        Ok(_) if negative => rp.expires = Duration::MAX,
                        Ok(d) => rp.expires = d,
                        Err(e) => {
                            let e = e.replace(&format!("{text:?}"), &format!("{s:?}"));
                            self.errors
                                .push(invalid(k, v, format!("error parsing expires: {e}")));
                            return None;
                        }
                    }
                }
                _ => self.errors.push(invalid(
                    k,
                    v,
                    format!("Unknown field \"{k}\" parsing permissions"),
                )),
            }
        }
        Some(rp)
    }

    /// `accounts { NAME { ... } }` or `accounts [NAME, ...]`.
    pub(super) fn accounts(&mut self, key: &str, item: &Item) -> Result<(), ConfigError> {
        match &item.value {
            Value::Array(names) => {
                let mut seen = HashSet::new();
                for n in names {
                    let Value::String(name) = &n.value else {
                        self.errors.push(wrong_type(
                            key,
                            n,
                            "account names in its array",
                            &n.value,
                        ));
                        continue;
                    };
                    if name == GLOBAL_ACCOUNT {
                        self.errors.push(invalid(
                            key,
                            n,
                            format!("{name:?} is a Reserved Account"),
                        ));
                    } else if !seen.insert(name.clone()) {
                        self.errors.push(invalid(
                            key,
                            n,
                            format!("Duplicate Account Entry: {name}"),
                        ));
                    } else {
                        self.opts.auth.accounts.push(AccountConfig {
                            name: name.clone(),
                            ..AccountConfig::default()
                        });
                    }
                }
                Ok(())
            }
            Value::Map(block) => {
                for (name, entry) in block.iter() {
                    if entry.used_as_variable {
                        continue;
                    }
                    let Value::Map(fields) = &entry.value else {
                        self.errors
                            .push(invalid(name, entry, "Expected map entries for accounts"));
                        continue;
                    };
                    if name == GLOBAL_ACCOUNT {
                        self.errors.push(invalid(
                            name,
                            entry,
                            format!("{name:?} is a Reserved Account"),
                        ));
                        continue;
                    }
                    self.account(name, fields);
                }
                // Cross-references only make sense once every account parsed cleanly.
                if self.errors.is_empty() {
                    self.check_exports_and_imports(&item.pos);
                }
                Ok(())
            }
            other => Err(wrong_type(
                key,
                item,
                "a map of accounts or an array of account names",
                other,
            )),
        }
    }

    /// One account of the `accounts {}` map.
    fn account(&mut self, name: &str, fields: &Map) {
        let mut acc = AccountConfig {
            name: name.to_string(),
            ..AccountConfig::default()
        };
        let mut users: Vec<UserConfig> = Vec::new();
        let mut users_item = None;
        for (k, v) in fields.iter() {
            if v.used_as_variable {
                continue;
            }
            let result = match k.to_ascii_lowercase().as_str() {
                "nkey" => match &v.value {
                    Value::String(s) if is_valid_public_key(s, Some(KeyRole::Account)) => {
                        acc.nkey = Some(s.clone());
                        Ok(())
                    }
                    Value::String(s) => Err(invalid(
                        k,
                        v,
                        format!("Not a valid public nkey for an account: {s:?}"),
                    )),
                    other => Err(invalid(
                        k,
                        v,
                        format!(
                            "Not a valid public nkey for an account: {}",
                            other.type_name()
                        ),
                    )),
                },
                "imports" => self.imports(k, v).map(|list| acc.imports = list),
                "exports" => self.exports(k, v).map(|list| acc.exports = list),
                "jetstream" => account_jetstream(k, v).map(|js| acc.jetstream = Some(js)),
                "users" => self.users(k, v, Some(name)).map(|list| {
                    users = list;
                    users_item = Some(v);
                }),
                "default_permissions" => self
                    .permissions(k, v)
                    .map(|p| acc.default_permissions = Some(p)),
                "mappings" | "maps" => self.mappings(k, v).map(|m| acc.mappings = m),
                "limits" => self.account_limits(k, v).map(|l| acc.limits = l),
                "msg_trace" | "trace_dest" => {
                    self.warnings.push(format!(
                        "{}: \"accounts.{name}.{k}\" is not supported yet and is ignored",
                        v.pos
                    ));
                    Ok(())
                }
                _ => Err(unknown_field(k, v)),
            };
            if let Err(e) = result {
                self.errors.push(e);
            }
        }
        self.opts.auth.accounts.push(acc);
        let Some(users_item) = users_item.filter(|_| !users.is_empty()) else {
            return;
        };
        let auth = &mut self.opts.auth;
        if auth.username.is_some() {
            self.errors.push(invalid(
                "users",
                users_item,
                "Can not have a single user/pass and accounts",
            ));
            return;
        }
        if auth.token.is_some() {
            self.errors.push(invalid(
                "users",
                users_item,
                "Can not have a token and accounts",
            ));
            return;
        }
        let mut seen = UserNames::from(&*auth);
        for u in users {
            match seen.insert(&u) {
                Some(dup) => self.errors.push(invalid("users", users_item, dup)),
                None => auth.users.push(u),
            }
        }
    }

    /// An account's `limits {}`.
    fn account_limits(&mut self, key: &str, item: &Item) -> Result<AccountLimits, ConfigError> {
        let Value::Map(block) = &item.value else {
            return Err(invalid(
                key,
                item,
                format!(
                    "Expected account limits to be a map/struct, got {}",
                    go_value(&item.value)
                ),
            ));
        };
        let mut limits = AccountLimits::default();
        for (k, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            let slot = match k.to_ascii_lowercase().as_str() {
                "max_connections" | "max_conn" => &mut limits.max_connections,
                "max_subscriptions" | "max_subs" => &mut limits.max_subscriptions,
                "max_payload" | "max_pay" => &mut limits.max_payload,
                "max_leafnodes" | "max_leafs" => &mut limits.max_leafnodes,
                _ => {
                    self.errors.push(invalid(
                        k,
                        v,
                        format!("Unknown field \"{k}\" parsing account limits"),
                    ));
                    continue;
                }
            };
            *slot = int(k, v)?;
        }
        Ok(limits)
    }

    /// An account's `exports [...]`.
    fn exports(&mut self, key: &str, item: &Item) -> Result<Vec<ExportConfig>, ConfigError> {
        let Value::Array(entries) = &item.value else {
            return Err(invalid(
                key,
                item,
                format!("Exports should be an array, got {}", go_type(&item.value)),
            ));
        };
        let mut out = Vec::new();
        for entry in entries {
            match self.export(key, entry) {
                Ok(Some(e)) => out.push(e),
                // Neither `stream` nor `service`: upstream ignores the entry.
                Ok(None) => {}
                Err(e) => self.errors.push(e),
            }
        }
        Ok(out)
    }

    /// One export: `{stream: S, accounts: [...]}` or `{service: S, response_type: ..., ...}`.
    /// Directives are checked in file order, as upstream does.
    fn export(&mut self, key: &str, entry: &Item) -> Result<Option<ExportConfig>, ConfigError> {
        let Value::Map(fields) = &entry.value else {
            return Err(invalid(
                key,
                entry,
                format!(
                    "Export Items should be a map with type entry, got {}",
                    go_type(&entry.value)
                ),
            ));
        };
        let mut kind_subject: Option<(ExportKind, String)> = None;
        let mut accounts: Option<Vec<String>> = None;
        let mut response: Option<(ResponseType, Pos)> = None;
        let mut threshold: Option<Duration> = None;
        let mut threshold_seen = false;
        let mut latency: Option<Pos> = None;
        let mut allow_trace: Option<Pos> = None;
        let mut token_position = None;
        let is =
            |ks: &Option<(ExportKind, String)>, kind| ks.as_ref().is_some_and(|ks| ks.0 == kind);
        for (k, v) in fields.iter() {
            if v.used_as_variable {
                continue;
            }
            let lower = k.to_ascii_lowercase();
            match lower.as_str() {
                "stream" | "service" => {
                    let (kind, other) = if lower == "stream" {
                        (ExportKind::Stream, "service")
                    } else {
                        (ExportKind::Service, "stream")
                    };
                    if kind_subject.as_ref().is_some_and(|ks| ks.0 != kind) {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!(
                                "Detected {lower} {} but already saw a {other}",
                                go_quoted(&v.value)
                            ),
                        ));
                        continue;
                    }
                    if kind == ExportKind::Stream {
                        let directive = [
                            (response.as_ref().map(|r| &r.1), "response"),
                            (latency.as_ref(), "latency"),
                            (allow_trace.as_ref(), "allow_trace"),
                        ]
                        .into_iter()
                        .find_map(|(pos, what)| pos.map(|p| (p.clone(), what)));
                        if let Some((pos, what)) = directive {
                            self.errors.push(ConfigError::Invalid {
                                pos,
                                key: what.to_string(),
                                message: format!("Detected {what} directive on non-service"),
                            });
                            continue;
                        }
                    }
                    let Value::String(s) = &v.value else {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!(
                                "Expected {lower} name to be string, got {}",
                                go_type(&v.value)
                            ),
                        ));
                        continue;
                    };
                    kind_subject = Some((kind, s.clone()));
                }
                "response" | "response_type" => {
                    if response.is_some() {
                        self.errors
                            .push(invalid(k, v, "Duplicate response type definition"));
                        continue;
                    }
                    let Value::String(s) = &v.value else {
                        response = Some((ResponseType::Singleton, v.pos.clone()));
                        self.errors.push(invalid(
                            k,
                            v,
                            format!(
                                "Expected response type to be string, got {}",
                                go_type(&v.value)
                            ),
                        ));
                        continue;
                    };
                    let rt = match s.to_ascii_lowercase().as_str() {
                        "single" | "singleton" => ResponseType::Singleton,
                        "stream" => ResponseType::Stream,
                        "chunk" | "chunked" => ResponseType::Chunked,
                        _ => {
                            response = Some((ResponseType::Singleton, v.pos.clone()));
                            self.errors.push(invalid(
                                k,
                                v,
                                format!("Unknown response type: {s:?}"),
                            ));
                            continue;
                        }
                    };
                    response = Some((rt, v.pos.clone()));
                    if is(&kind_subject, ExportKind::Stream) {
                        self.errors.push(invalid(
                            k,
                            v,
                            "Detected response directive on non-service",
                        ));
                    }
                }
                "threshold" | "response_threshold" | "response_max_time" | "response_time" => {
                    if threshold_seen {
                        self.errors
                            .push(invalid(k, v, "Duplicate response threshold detected"));
                        continue;
                    }
                    threshold_seen = true;
                    let Value::String(s) = &v.value else {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!(
                                "Expected response threshold to be a parseable time duration, got {}",
                                go_type(&v.value)
                            ),
                        ));
                        continue;
                    };
                    match parse_duration(s) {
                        Ok(d) => threshold = (!d.is_zero()).then_some(d),
                        Err(_) => {
                            self.errors.push(invalid(
                                k,
                                v,
                                format!(
                                    "Expected response threshold to be a parseable time duration, got {s:?}"
                                ),
                            ));
                            continue;
                        }
                    }
                    if is(&kind_subject, ExportKind::Stream) {
                        self.errors.push(invalid(
                            k,
                            v,
                            "Detected response directive on non-service",
                        ));
                    }
                }
                "accounts" => accounts = Some(string_array(k, v)?),
                "account_token_position" => {
                    let n = int(k, v)?;
                    let n = u32::try_from(n).map_err(|_| {
                        invalid(k, v, format!("{k} must be between 0 and {}", u32::MAX))
                    })?;
                    token_position = (n > 0).then_some(n);
                }
                "latency" | "allow_trace" => {
                    if lower == "allow_trace" {
                        boolean(k, v)?;
                        allow_trace = Some(v.pos.clone());
                    } else {
                        latency = Some(v.pos.clone());
                    }
                    if is(&kind_subject, ExportKind::Stream) {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!("Detected {lower} directive on non-service"),
                        ));
                        continue;
                    }
                    self.warnings.push(format!(
                        "{}: \"exports.{k}\" is not supported yet and is ignored",
                        v.pos
                    ));
                }
                _ => self.errors.push(unknown_field(k, v)),
            }
        }
        let Some((kind, subject)) = kind_subject else {
            return Ok(None);
        };
        let service = kind == ExportKind::Service;
        Ok(Some(ExportConfig {
            kind,
            subject,
            // An empty list is public, as no list is.
            accounts: accounts.filter(|a| !a.is_empty()),
            response_type: response
                .filter(|_| service)
                .map(|r| r.0)
                .unwrap_or_default(),
            response_threshold: threshold.filter(|_| service),
            account_token_position: token_position,
        }))
    }

    /// An account's `imports [...]`.
    fn imports(&mut self, key: &str, item: &Item) -> Result<Vec<ImportConfig>, ConfigError> {
        let Value::Array(entries) = &item.value else {
            return Err(invalid(
                key,
                item,
                format!("Imports should be an array, got {}", go_type(&item.value)),
            ));
        };
        let mut out: Vec<ImportConfig> = Vec::new();
        for entry in entries {
            let import = match self.import(key, entry) {
                Ok(Some(i)) => i,
                Ok(None) => continue,
                Err(e) => {
                    self.errors.push(e);
                    continue;
                }
            };
            if import.kind == ExportKind::Service {
                let local = import.to.as_deref().unwrap_or(&import.subject);
                let dup = out.iter().find(|o| {
                    o.kind == ExportKind::Service
                        && o.account == import.account
                        && o.to.as_deref().unwrap_or(&o.subject) == local
                });
                if let Some(dup) = dup {
                    self.errors.push(invalid(
                        key,
                        entry,
                        format!(
                            "Duplicate service import subject {local:?}, previously used in import for account {:?}, subject {:?}",
                            dup.account, dup.subject
                        ),
                    ));
                    continue;
                }
            }
            out.push(import);
        }
        Ok(out)
    }

    /// One import: `{stream: {account, subject}, prefix | to}` or
    /// `{service: {account, subject}, to, share}`.
    fn import(&mut self, key: &str, entry: &Item) -> Result<Option<ImportConfig>, ConfigError> {
        let Value::Map(fields) = &entry.value else {
            return Err(invalid(
                key,
                entry,
                format!(
                    "Import Items should be a map with type entry, got {}",
                    go_type(&entry.value)
                ),
            ));
        };
        let mut source: Option<(ExportKind, String, String)> = None;
        let mut prefix = None;
        let mut to: Option<(String, &Item)> = None;
        let mut share = false;
        let mut allow_trace: Option<&Item> = None;
        for (k, v) in fields.iter() {
            if v.used_as_variable {
                continue;
            }
            let lower = k.to_ascii_lowercase();
            match lower.as_str() {
                "stream" | "service" => {
                    let (kind, other, title) = if lower == "stream" {
                        (ExportKind::Stream, "service", "Stream")
                    } else {
                        (ExportKind::Service, "stream", "Service")
                    };
                    if source.as_ref().is_some_and(|s| s.0 != kind) {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!("Detected {lower} but already saw a {other}"),
                        ));
                        continue;
                    }
                    if let (ExportKind::Service, Some(at)) = (kind, allow_trace) {
                        self.errors.push(invalid(
                            "allow_trace",
                            at,
                            "Detected allow_trace directive on a non-stream",
                        ));
                        continue;
                    }
                    let Value::Map(from) = &v.value else {
                        self.errors.push(invalid(
                            k,
                            v,
                            format!(
                                "{title} entry should be an account map, got {}",
                                go_type(&v.value)
                            ),
                        ));
                        continue;
                    };
                    let (account, subject) = self.import_source(from)?;
                    if account.is_empty() || subject.is_empty() {
                        self.errors
                            .push(invalid(k, v, "Expect an account name and a subject"));
                        continue;
                    }
                    source = Some((kind, account, subject));
                }
                "prefix" => prefix = Some(string(k, v)?.to_string()),
                "to" => to = Some((string(k, v)?.to_string(), v)),
                "share" => share = boolean(k, v)?,
                "allow_trace" => {
                    if source.as_ref().is_some_and(|s| s.0 == ExportKind::Service) {
                        self.errors.push(invalid(
                            k,
                            v,
                            "Detected allow_trace directive on a non-stream",
                        ));
                        continue;
                    }
                    boolean(k, v)?;
                    allow_trace = Some(v);
                    self.warnings.push(format!(
                        "{}: \"imports.{k}\" is not supported yet and is ignored",
                        v.pos
                    ));
                }
                _ => self.errors.push(unknown_field(k, v)),
            }
        }
        let Some((kind, account, subject)) = source else {
            return Ok(None);
        };
        let prefix = prefix.filter(|p| !p.is_empty());
        let to = to.filter(|t| !t.0.is_empty());
        if kind == ExportKind::Stream && prefix.is_some() {
            if let Some((_, at)) = &to {
                return Err(invalid(
                    "to",
                    at,
                    "Stream import can not have a 'prefix' and a 'to' property",
                ));
            }
        }
        let stream = kind == ExportKind::Stream;
        Ok(Some(ImportConfig {
            kind,
            account,
            subject,
            // A service import has no prefix; upstream ignores one.
            prefix: prefix.filter(|_| stream),
            to: to.map(|t| t.0),
            share: share && !stream,
        }))
    }

    /// The `{account, subject}` map of an import.
    fn import_source(&mut self, from: &Map) -> Result<(String, String), ConfigError> {
        let mut account = String::new();
        let mut subject = String::new();
        for (k, v) in from.iter() {
            if v.used_as_variable {
                continue;
            }
            match k.to_ascii_lowercase().as_str() {
                "account" => account = string(k, v)?.to_string(),
                "subject" => subject = string(k, v)?.to_string(),
                _ => self.errors.push(unknown_field(k, v)),
            }
        }
        Ok((account, subject))
    }

    /// The checks upstream's `parseAccounts` makes once every account is known: accounts named
    /// by exports and imports exist, exports with `account_token_position` have a `*` there,
    /// imports are authorized by an export, stream import prefixes are literal and no stream
    /// is imported twice. Errors carry the position of the `accounts` block, as upstream's do.
    fn check_exports_and_imports(&mut self, pos: &Pos) {
        let accounts = &self.opts.auth.accounts;
        let names: HashSet<&str> = accounts.iter().map(|a| a.name.as_str()).collect();
        let mut errors = Vec::new();
        let mut err = |message: String| {
            errors.push(ConfigError::Invalid {
                pos: pos.clone(),
                key: "accounts".to_string(),
                message,
            })
        };
        for kind in [ExportKind::Stream, ExportKind::Service] {
            let what = kind_name(kind);
            for e in accounts.iter().flat_map(|a| &a.exports) {
                if e.kind != kind {
                    continue;
                }
                for an in e.accounts.iter().flatten() {
                    if !names.contains(an.as_str()) {
                        err(format!("{an:?} account not defined for {what} export"));
                    }
                }
                if let Some(n) = e.account_token_position {
                    let tokens: Vec<&str> = e.subject.split('.').collect();
                    let at = (n as usize).checked_sub(1).and_then(|i| tokens.get(i));
                    if at != Some(&"*") {
                        err(format!(
                            "Error adding {what} export {:?}: sublist: invalid subject",
                            e.subject
                        ));
                    }
                }
            }
        }
        for kind in [ExportKind::Stream, ExportKind::Service] {
            let what = kind_name(kind);
            // The imports of this kind accepted so far, for the cycle and duplicate checks.
            let mut added: Vec<Added> = Vec::new();
            for a in accounts {
                for i in a.imports.iter().filter(|i| i.kind == kind) {
                    let Some(exporter) = accounts.iter().find(|x| x.name == i.account) else {
                        err(format!(
                            "{:?} account not defined for {what} import",
                            i.account
                        ));
                        continue;
                    };
                    let fail = |reason: &str| {
                        format!("Error adding {what} import {:?}: {reason}", i.subject)
                    };
                    if kind == ExportKind::Service {
                        let local = i.to.as_deref().unwrap_or(&i.subject);
                        if !is_valid_subject(local.as_bytes())
                            || !is_valid_subject(i.subject.as_bytes())
                        {
                            err(fail("sublist: invalid subject"));
                            continue;
                        }
                    }
                    if !import_authorized(exporter, kind, &a.name, &i.subject) {
                        err(fail(&format!("{what} import not authorized")));
                        continue;
                    }
                    let imported = match kind {
                        ExportKind::Stream => {
                            let local = match (&i.prefix, &i.to) {
                                (Some(p), _) if !is_literal(p.as_bytes()) => {
                                    err(fail(
                                        "stream import prefix can not contain wildcard tokens",
                                    ));
                                    continue;
                                }
                                (Some(p), _) if p.ends_with('.') => format!("{p}{}", i.subject),
                                (Some(p), _) => format!("{p}.{}", i.subject),
                                (None, Some(to)) => to.clone(),
                                (None, None) => i.subject.clone(),
                            };
                            Added {
                                importer: &a.name,
                                exporter: &i.account,
                                from: i.subject.clone(),
                                to: local,
                            }
                        }
                        ExportKind::Service => Added {
                            importer: &a.name,
                            exporter: &i.account,
                            from: i.to.clone().unwrap_or_else(|| i.subject.clone()),
                            to: i.subject.clone(),
                        },
                    };
                    if imported.forms_cycle(kind, accounts, &added) {
                        err(fail("import forms a cycle"));
                        continue;
                    }
                    let duplicate = added.iter().any(|o| {
                        o.importer == imported.importer
                            && o.exporter == imported.exporter
                            && o.from == imported.from
                    });
                    if kind == ExportKind::Stream && duplicate {
                        err(fail("stream import already exists"));
                        continue;
                    }
                    added.push(imported);
                }
            }
        }
        self.errors.extend(errors);
    }

    /// A `mappings {}` block (top level or an account's).
    fn mappings(&mut self, key: &str, item: &Item) -> Result<Vec<MappingConfig>, ConfigError> {
        let Value::Map(block) = &item.value else {
            return Err(wrong_type(key, item, "a map", &item.value));
        };
        let mut out = Vec::new();
        for (source, v) in block.iter() {
            if v.used_as_variable {
                continue;
            }
            if !is_valid_subject(source.as_bytes()) {
                self.errors.push(invalid(
                    source,
                    v,
                    format!("Subject {source:?} is not a valid subject"),
                ));
                continue;
            }
            let (destinations, context) = match &v.value {
                Value::String(dest) => (
                    vec![MappingDestination {
                        subject: dest.clone(),
                        weight: 100,
                        cluster: None,
                    }],
                    format!("{source:?} to {dest:?}"),
                ),
                Value::Array(elems) => (
                    elems
                        .iter()
                        .filter_map(|e| self.mapping_destination(source, e))
                        .collect(),
                    format!("{source:?}"),
                ),
                _ => match self.mapping_destination(source, v) {
                    Some(d) => (vec![d], format!("{source:?}")),
                    None => continue,
                },
            };
            if let Err(reason) = check_weights(&destinations) {
                self.errors.push(invalid(
                    source,
                    v,
                    format!("Error adding mapping for {context} : {reason}"),
                ));
                continue;
            }
            out.push(MappingConfig {
                source: source.to_string(),
                destinations,
            });
        }
        Ok(out)
    }

    /// `{destination: d, weight: 50 | "50%", cluster: c}`.
    fn mapping_destination(&mut self, source: &str, item: &Item) -> Option<MappingDestination> {
        let Value::Map(fields) = &item.value else {
            self.errors.push(invalid(
                source,
                item,
                "Expected an entry for the mapping destination",
            ));
            return None;
        };
        let mut dest = MappingDestination {
            subject: String::new(),
            weight: 0,
            cluster: None,
        };
        let mut weighted = false;
        for (k, v) in fields.iter() {
            if v.used_as_variable {
                continue;
            }
            let result = match k.to_ascii_lowercase().as_str() {
                "dest" | "destination" => string(k, v).map(|s| dest.subject = s.to_string()),
                "weight" => weight(k, v).map(|w| {
                    dest.weight = w;
                    weighted = true;
                }),
                "cluster" => string(k, v).map(|s| dest.cluster = Some(s.to_string())),
                _ => Err(invalid(
                    k,
                    v,
                    format!("Unknown field {k:?} for mapping destination"),
                )),
            };
            if let Err(e) = result {
                self.errors.push(e);
                return None;
            }
        }
        if !weighted {
            self.errors.push(invalid(
                source,
                item,
                format!("Missing weight for mapping destination {:?}", dest.subject),
            ));
            return None;
        }
        Some(dest)
    }
}

/// An account's `jetstream`: `true`/`enabled`, `false`/`disabled`, or a limits map.
fn account_jetstream(key: &str, item: &Item) -> Result<AccountJetStream, ConfigError> {
    let disabled = AccountJetStream {
        enabled: false,
        ..AccountJetStream::default()
    };
    let block = match &item.value {
        Value::Bool(true) => return Ok(AccountJetStream::default()),
        Value::Bool(false) => return Ok(disabled),
        Value::String(s) => {
            return match s.to_ascii_lowercase().as_str() {
                "enabled" | "enable" => Ok(AccountJetStream::default()),
                "disabled" | "disable" => Ok(disabled),
                _ => Err(invalid(
                    key,
                    item,
                    format!("Expected 'enabled' or 'disabled' for string value, got '{s}'"),
                )),
            }
        }
        Value::Map(block) => block,
        other => {
            return Err(invalid(
                key,
                item,
                format!(
                    "Expected map, bool or string to define JetStream, got {}",
                    go_type(other)
                ),
            ))
        }
    };
    let mut js = AccountJetStream::default();
    for (k, v) in block.iter() {
        if v.used_as_variable {
            continue;
        }
        let slot = match k.to_ascii_lowercase().as_str() {
            "max_memory" | "max_mem" | "mem" | "memory" => &mut js.max_memory,
            "max_store" | "max_file" | "max_disk" | "store" | "disk" => &mut js.max_store,
            "max_streams" | "streams" => &mut js.max_streams,
            "max_consumers" | "consumers" => &mut js.max_consumers,
            "mem_max_stream_bytes" | "memory_max_stream_bytes" => &mut js.memory_max_stream_bytes,
            "disk_max_stream_bytes" | "store_max_stream_bytes" => &mut js.store_max_stream_bytes,
            "max_ack_pending" => &mut js.max_ack_pending,
            "max_bytes_required" | "max_stream_bytes" | "max_bytes" => {
                let Value::Bool(b) = v.value else {
                    return Err(invalid(
                        k,
                        v,
                        format!(
                            "Expected a parseable bool for {k:?}, got {}",
                            go_value(&v.value)
                        ),
                    ));
                };
                js.max_bytes_required = b;
                continue;
            }
            // Where replicated assets' Raft traffic goes; rnats has no clustering, so either
            // value means the same.
            "cluster_traffic" => {
                match &v.value {
                    Value::String(s) if matches!(s.as_str(), "system" | "owner" | "") => {}
                    Value::String(s) => {
                        return Err(invalid(
                            k,
                            v,
                            format!("Expected 'system' or 'owner' string value for {k:?}, got {s}"),
                        ))
                    }
                    other => {
                        return Err(invalid(
                            k,
                            v,
                            format!(
                            "Expected either 'system' or 'owner' string value for {k:?}, got {}",
                            go_value(other)
                        ),
                        ))
                    }
                }
                continue;
            }
            _ => return Err(unknown_field(k, v)),
        };
        let Value::Int(n) = v.value else {
            return Err(invalid(
                k,
                v,
                format!(
                    "Expected a parseable size for {k:?}, got {}",
                    go_value(&v.value)
                ),
            ));
        };
        *slot = n;
    }
    Ok(js)
}

/// A mapping weight: an integer or a string such as `"50%"`, 0..=100.
fn weight(key: &str, item: &Item) -> Result<u8, ConfigError> {
    let n = match &item.value {
        Value::Int(n) => *n,
        Value::String(s) => {
            let digits = s.strip_suffix('%').unwrap_or(s);
            digits.parse::<i64>().map_err(|_| {
                invalid(
                    key,
                    item,
                    format!("Invalid weight {digits:?} for mapping destination"),
                )
            })?
        }
        other => {
            return Err(invalid(
                key,
                item,
                format!("Unknown entry type for weight of {}", go_value(other)),
            ))
        }
    };
    u8::try_from(n).ok().filter(|w| *w <= 100).ok_or_else(|| {
        invalid(
            key,
            item,
            format!("Invalid weight {n} for mapping destination"),
        )
    })
}

/// Upstream `AddWeightedMappings`' checks: no destination twice, at most 100% per cluster.
/// The destination's transform syntax is the subject transform's to check.
fn check_weights(dests: &[MappingDestination]) -> Result<(), String> {
    let mut seen = HashSet::new();
    let mut totals: Vec<(Option<&str>, u32)> = Vec::new();
    for d in dests {
        if !seen.insert(d.subject.as_str()) {
            return Err(format!("duplicate entry for {:?}", d.subject));
        }
        let cluster = d.cluster.as_deref();
        let total = match totals.iter_mut().find(|t| t.0 == cluster) {
            Some(t) => t,
            None => {
                totals.push((cluster, 0));
                totals.last_mut().expect("just pushed")
            }
        };
        total.1 = total.1.saturating_add(u32::from(d.weight));
        if total.1 > 100 {
            return Err("total weight needs to be <= 100".to_string());
        }
    }
    Ok(())
}

/// `publish`/`subscribe`: a subject, a list (the allow list) or `{allow, deny}`. An empty map
/// is no permission at all; an empty list allows everything, as upstream's nil list does.
fn subject_permission(
    key: &str,
    item: &Item,
    allow_queue: bool,
) -> Result<Option<SubjectPermission>, ConfigError> {
    let Value::Map(block) = &item.value else {
        return Ok(Some(SubjectPermission {
            allow: perm_subjects(key, item, allow_queue)?,
            deny: None,
        }));
    };
    if block.is_empty() {
        return Ok(None);
    }
    let mut p = SubjectPermission::default();
    for (k, v) in block.iter() {
        if v.used_as_variable {
            continue;
        }
        match k.to_ascii_lowercase().as_str() {
            "allow" => p.allow = perm_subjects(k, v, allow_queue)?,
            "deny" => p.deny = perm_subjects(k, v, allow_queue)?,
            _ => {
                return Err(invalid(
                    k,
                    v,
                    format!(
                        "Unknown field name {k:?} parsing subject permissions, only 'allow' or 'deny' are permitted"
                    ),
                ))
            }
        }
    }
    Ok(Some(p))
}

/// A subject or an array of subjects, each valid (subscribe entries may name a queue group:
/// `"subject queue"`). `None` for an empty array.
fn perm_subjects(
    key: &str,
    item: &Item,
    allow_queue: bool,
) -> Result<Option<Vec<String>>, ConfigError> {
    let subjects = match &item.value {
        Value::String(s) => vec![s.clone()],
        Value::Array(elems) => {
            let mut out = Vec::with_capacity(elems.len());
            for e in elems {
                let Value::String(s) = &e.value else {
                    return Err(invalid(
                        key,
                        e,
                        "Subject in permissions array cannot be cast to string",
                    ));
                };
                out.push(s.clone());
            }
            out
        }
        other => {
            return Err(invalid(
                key,
                item,
                format!(
                    "Expected subject permissions to be a subject, or array of subjects, got {}",
                    go_type(other)
                ),
            ))
        }
    };
    for s in &subjects {
        check_perm_subject(s, allow_queue).map_err(|m| invalid(key, item, m))?;
    }
    Ok((!subjects.is_empty()).then_some(subjects))
}

/// Upstream `checkPermSubjectArray` (2.14.5) for one entry.
fn check_perm_subject(s: &str, allow_queue: bool) -> Result<(), String> {
    if is_valid_subject(s.as_bytes()) {
        return Ok(());
    }
    let not_subject = |s: &str| format!("subject {s:?} is not a valid subject");
    if !allow_queue {
        return Err(not_subject(s));
    }
    let fields: Vec<&str> = s.split_whitespace().collect();
    match fields[..] {
        [subject, _] if !is_valid_subject(subject.as_bytes()) => Err(not_subject(subject)),
        [_, queue] if !is_valid_subject(queue.as_bytes()) => {
            Err(format!("queue {queue:?} is not a valid queue"))
        }
        [_, _] => Ok(()),
        _ => Err(not_subject(s)),
    }
}

/// Whether `exporter` lets account `importer` import `subject` (upstream
/// `checkStreamImportAuthorized` / `checkServiceImportAuthorized` for configured accounts): an
/// export with the same subject decides first, then the first export the subject is a subset of.
fn import_authorized(
    exporter: &AccountConfig,
    kind: ExportKind,
    importer: &str,
    subject: &str,
) -> bool {
    let exports: Vec<&ExportConfig> = exporter.exports.iter().filter(|e| e.kind == kind).collect();
    if exports.is_empty() || (kind == ExportKind::Stream && !is_valid_subject(subject.as_bytes())) {
        return false;
    }
    if exports.iter().any(|e| e.subject == subject) {
        return export_auth(&exports, subject).allows(importer, None);
    }
    let tokens: Vec<&str> = subject.split('.').collect();
    exports
        .iter()
        .find(|e| is_subset_match(&tokens, &e.subject))
        .is_some_and(|e| export_auth(&exports, &e.subject).allows(importer, Some(&tokens)))
}

/// An import accepted by [`Applier::check_exports_and_imports`], in upstream's terms: for a
/// stream `from` is the exported subject and `to` the local one; for a service `from` is the
/// local subject and `to` the exported one.
struct Added<'a> {
    importer: &'a str,
    exporter: &'a str,
    from: String,
    to: String,
}

impl Added<'_> {
    /// Upstream `streamImportFormsCycle` (on `to`, then `from`) and `serviceImportFormsCycle`,
    /// over the imports accepted before this one.
    fn forms_cycle(&self, kind: ExportKind, accounts: &[AccountConfig], added: &[Added]) -> bool {
        let visited = || HashSet::from([self.importer.to_string()]);
        match kind {
            ExportKind::Stream => {
                stream_cycle(accounts, added, self.exporter, &self.to, &mut visited())
                    || stream_cycle(accounts, added, self.exporter, &self.from, &mut visited())
            }
            ExportKind::Service => {
                // Wildcard references in the local subject stand for a wildcard token.
                let from = if is_literal(self.to.as_bytes()) {
                    self.from.clone()
                } else {
                    untokenize(&self.from)
                };
                service_cycle(added, self.exporter, &from, &mut visited())
            }
        }
    }
}

/// Upstream `checkStreamImportsForCycles`: whether `to`, exported by `account`, reaches an
/// account already visited through `account`'s own stream imports.
fn stream_cycle(
    accounts: &[AccountConfig],
    added: &[Added],
    account: &str,
    to: &str,
    visited: &mut HashSet<String>,
) -> bool {
    let exported = accounts
        .iter()
        .find(|a| a.name == account)
        .is_some_and(|a| {
            a.exports
                .iter()
                .any(|e| e.kind == ExportKind::Stream && subject_is_subset_match(to, &e.subject))
        });
    if !exported {
        return false;
    }
    for si in added.iter().filter(|si| si.importer == account) {
        if !subjects_collide(to, &si.to) {
            continue;
        }
        if visited.contains(si.exporter) {
            return true;
        }
        visited.insert(account.to_string());
        let next = if subject_is_subset_match(&si.to, to) {
            &si.to
        } else {
            to
        };
        if stream_cycle(accounts, added, si.exporter, next, visited) {
            return true;
        }
    }
    false
}

/// Upstream `checkServiceImportsForCycles`.
fn service_cycle(
    added: &[Added],
    account: &str,
    from: &str,
    visited: &mut HashSet<String>,
) -> bool {
    for si in added.iter().filter(|si| si.importer == account) {
        if !subjects_collide(from, &si.to) {
            continue;
        }
        if visited.contains(si.exporter) {
            return true;
        }
        visited.insert(account.to_string());
        let next = if subject_is_subset_match(&si.from, from) {
            &si.from
        } else {
            from
        };
        if service_cycle(added, si.exporter, next, visited) {
            return true;
        }
    }
    false
}

/// Upstream `transformUntokenize`: `$1` and `{{wildcard(1)}}` tokens become `*`.
fn untokenize(subject: &str) -> String {
    subject
        .split('.')
        .map(|t| {
            let b = t.as_bytes();
            let reference = b.len() > 1 && b[0] == b'$' && (b'1'..=b'9').contains(&b[1]);
            let function = t
                .to_ascii_lowercase()
                .replace(' ', "")
                .starts_with("{{wildcard(");
            if reference || function {
                "*"
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Upstream `SubjectsCollide`: whether some subject matches both.
fn subjects_collide(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let ta: Vec<&str> = a.split('.').collect();
    let tb: Vec<&str> = b.split('.').collect();
    let literal_a = is_literal(a.as_bytes());
    let literal_b = is_literal(b.as_bytes());
    match (literal_a, literal_b) {
        (true, true) => return false,
        (true, false) => return is_subset_match(&ta, b),
        (false, true) => return is_subset_match(&tb, a),
        (false, false) => {}
    }
    let fwc_a = ta.last() == Some(&">");
    let fwc_b = tb.last() == Some(&">");
    if ta.len() != tb.len() {
        // The shorter one must end in `>` to reach the longer one's tokens.
        if (ta.len() < tb.len() && !fwc_a) || (tb.len() < ta.len() && !fwc_b) {
            return false;
        }
    }
    ta.iter()
        .zip(&tb)
        .all(|(x, y)| matches!(*x, "*" | ">") || matches!(*y, "*" | ">") || x == y)
}

/// Upstream `subjectIsSubsetMatch`.
fn subject_is_subset_match(subject: &str, test: &str) -> bool {
    let tokens: Vec<&str> = subject.split('.').collect();
    is_subset_match(&tokens, test)
}

/// Who may import an exported subject. Upstream keeps one entry per subject and folds repeated
/// exports of it into that entry.
struct ExportAuth<'a> {
    public: bool,
    approved: HashSet<&'a str>,
    token_position: Option<u32>,
}

fn export_auth<'a>(exports: &[&'a ExportConfig], subject: &str) -> ExportAuth<'a> {
    let mut auth = ExportAuth {
        public: true,
        approved: HashSet::new(),
        token_position: None,
    };
    for e in exports.iter().filter(|e| e.subject == subject) {
        if e.accounts.is_some() || e.account_token_position.is_some() {
            auth.public = false;
            auth.token_position = e.account_token_position;
            auth.approved
                .extend(e.accounts.iter().flatten().map(String::as_str));
        }
    }
    auth
}

impl ExportAuth<'_> {
    /// Upstream `checkAuth`; `tokens` is the import subject when it only matched by wildcard.
    fn allows(&self, importer: &str, tokens: Option<&[&str]>) -> bool {
        if self.public {
            return true;
        }
        if let Some(n) = self.token_position {
            let tokens = tokens.unwrap_or_default();
            let at = (n as usize).checked_sub(1).and_then(|i| tokens.get(i));
            return at == Some(&importer);
        }
        self.approved.contains(importer)
    }
}

/// Upstream `isSubsetMatch`: every subject `tokens` matches is matched by `test`.
fn is_subset_match(tokens: &[&str], test: &str) -> bool {
    let test: Vec<&str> = test.split('.').collect();
    for (i, t2) in test.iter().enumerate() {
        let Some(t1) = tokens.get(i) else {
            return false;
        };
        if t2.is_empty() {
            return false;
        }
        if *t2 == ">" {
            return true;
        }
        if t1.is_empty() || *t1 == ">" {
            return false;
        }
        if *t1 == "*" {
            if *t2 != "*" {
                return false;
            }
            continue;
        }
        if *t2 != "*" && t1 != t2 {
            return false;
        }
    }
    tokens.len() == test.len()
}

/// User names and nkeys configured so far, for upstream's duplicate checks (one namespace for
/// both, as upstream's).
struct UserNames(HashSet<String>);

impl From<&AuthOptions> for UserNames {
    fn from(auth: &AuthOptions) -> Self {
        UserNames(auth.users.iter().map(|u| identity(u).to_string()).collect())
    }
}

impl UserNames {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Records `u`; the duplicate error text when it was there already.
    fn insert(&mut self, u: &UserConfig) -> Option<String> {
        let id = identity(u);
        if self.0.insert(id.to_string()) {
            return None;
        }
        Some(match &u.credential {
            Credential::Password { .. } => format!("Duplicate user {id:?} detected"),
            Credential::Nkey(_) => format!("Duplicate nkey {id:?} detected"),
        })
    }
}

fn identity(u: &UserConfig) -> &str {
    match &u.credential {
        Credential::Password { user, .. } => user,
        Credential::Nkey(key) => key,
    }
}

fn kind_name(kind: ExportKind) -> &'static str {
    match kind {
        ExportKind::Stream => "stream",
        ExportKind::Service => "service",
    }
}

/// An array of strings (or one string).
fn string_array(key: &str, item: &Item) -> Result<Vec<String>, ConfigError> {
    match &item.value {
        Value::Array(elems) => elems
            .iter()
            .map(|e| match &e.value {
                Value::String(s) => Ok(s.clone()),
                other => Err(wrong_type(key, e, "strings in its array", other)),
            })
            .collect(),
        other => Err(wrong_type(key, item, "an array of strings", other)),
    }
}

fn unknown_field(key: &str, item: &Item) -> ConfigError {
    invalid(key, item, format!("unknown field {key:?}"))
}

fn unenforced(key: &str, item: &Item) -> ConfigError {
    ConfigError::Unenforced {
        pos: item.pos.clone(),
        key: key.to_string(),
    }
}

/// The Go type name upstream's `%T` prints for a configuration value.
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "bool",
        Value::Int(_) => "int64",
        Value::Float(_) => "float64",
        Value::String(_) => "string",
        Value::DateTime(_) => "time.Time",
        Value::Array(_) => "[]interface {}",
        Value::Map(_) => "map[string]interface {}",
    }
}

/// A configuration value as upstream's `%v` prints it (maps with sorted keys).
fn go_value(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Float(f) => f.to_string(),
        Value::String(s) | Value::DateTime(s) => s.clone(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|i| go_value(&i.value)).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Map(map) => {
            let mut parts: Vec<(String, String)> = map
                .iter()
                .map(|(k, i)| (k.to_string(), go_value(&i.value)))
                .collect();
            parts.sort();
            let parts: Vec<String> = parts.into_iter().map(|(k, v)| format!("{k}:{v}")).collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

/// A value as upstream's `%q` prints it: strings quoted, anything else as Go's `%!q(...)`.
fn go_quoted(v: &Value) -> String {
    match v {
        Value::String(s) => rnats_proto::kit::format::go_quote(s),
        other => format!("%!q({}={})", go_type(other), go_value(other)),
    }
}

#[cfg(test)]
mod tests;
