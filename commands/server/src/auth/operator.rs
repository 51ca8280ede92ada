//! Operator mode (decentralized JWT auth): the trusted operators, the account JWTs the
//! resolver knows, and the check of a client's user JWT against them (nats-server
//! `server/jwt.go`, `server/accounts.go` `updateAccountClaims`, `server/auth.go`
//! `processClientOrLeafAuthentication`'s JWT branch).
//!
//! Built once from the configuration (`operator`, `resolver: MEMORY`, `resolver_preload`):
//! each operator JWT must verify and be self-signed; each preloaded account JWT must verify,
//! match its key and be issued by a trusted operator or one of its signing keys (only a signing
//! key under `strict_signing_key_usage`). Accounts become ordinary accounts named by their
//! public key ([`OperatorTrust::account_configs`]), with the JWT's limits and default
//! permissions, so the rest of the server (sublists, limits, `$SYS`) treats them as any other.
//!
//! A client authenticates with `CONNECT {"jwt": <user JWT>, "sig": <nonce signed by the user
//! key>}` (no `sig` for bearer tokens). The chain checked: the user JWT verifies; it is in its
//! time window; its issuer is the account or one of the account's signing keys (then
//! `issuer_account` names the account); the account is known and in its time window; the user
//! is not revoked (by key or by `*`, for JWTs issued at or before the revocation); the nonce
//! signature verifies with the user's key; the connection type is allowed. Permissions come
//! from the user JWT (or the scoped signing key's template, or the account's default
//! permissions when the user has none).
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;

use rnats_proto::info::ConnectInfo;
use rnats_proto::jwt::{self, AccountClaims, OperatorClaims, Permissions, UserClaims};

use super::authn::{AuthFailure, AuthMethod, AuthedUser, ConnectionType, JwtIdentity};
use super::options::{
    AccountConfig, AccountJetStream, AccountLimits, ExportConfig, ExportKind, ImportConfig,
    PermissionsConfig, ResponsePermission, ResponseType, SubjectPermission,
};

/// The operators and account JWTs this server trusts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperatorTrust {
    /// Trusted operators.
    pub operators: Vec<OperatorClaims>,
    /// Known accounts by public key.
    pub accounts: BTreeMap<String, AccountClaims>,
}

/// Reads an operator JWT given inline or as a file (plain or decorated); `base` resolves
/// relative paths when they are not found from the working directory.
pub fn read_operator_jwt(value: &str, base: Option<&std::path::Path>) -> Result<String, String> {
    let v = value.trim();
    if v.starts_with("eyJ") && v.split('.').count() == 3 {
        return Ok(v.to_owned());
    }
    let mut path = std::path::PathBuf::from(v);
    if !path.exists() {
        if let Some(b) = base {
            path = b.join(v);
        }
    }
    let text =
        std::fs::read_to_string(&path).map_err(|e| format!("error parsing operator JWT: {e}"))?;
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("eyJ") && l.split('.').count() == 3)
        .map(str::to_owned)
        .ok_or_else(|| format!("error parsing operator JWT: no JWT in {}", path.display()))
}

impl OperatorTrust {
    /// Verifies the operator JWTs and the preloaded account JWTs (`key → JWT`).
    pub fn build(operator_jwts: &[String], preload: &[(String, String)]) -> Result<Self, String> {
        let now = jwt::unix_now();
        let mut operators = Vec::new();
        for token in operator_jwts {
            let oc = OperatorClaims::decode(token)
                .map_err(|e| format!("error parsing operator JWT: {e}"))?;
            if !oc.data.is_self_signed() {
                return Err("operator JWT must be self-signed".to_string());
            }
            if let Err(e) = oc.data.check_times(now) {
                return Err(format!("operator JWT: {e}"));
            }
            operators.push(oc);
        }
        let mut trust = OperatorTrust {
            operators,
            accounts: BTreeMap::new(),
        };
        for (key, token) in preload {
            trust
                .insert_account(key, token)
                .map_err(|e| format!("resolver_preload: {e}"))?;
        }
        Ok(trust)
    }

    /// Verifies an account JWT (signature, subject `key`, issued by a trusted operator or one
    /// of its signing keys) and adds or replaces the account.
    pub fn insert_account(&mut self, key: &str, token: &str) -> Result<(), String> {
        let ac = AccountClaims::decode(token).map_err(|e| format!("account {key}: {e}"))?;
        if ac.data.subject != key {
            return Err(format!("JWT of {} is listed under {key}", ac.data.subject));
        }
        if !self.trusted_account_issuer(&ac.data.issuer) {
            return Err(format!("account {key} is not signed by a trusted operator"));
        }
        self.accounts.insert(key.to_owned(), ac);
        Ok(())
    }

    /// The first trusted operator's keys, as the resolver checks updates and delete requests
    /// against them (upstream `getOperatorKeys`).
    pub fn operator_keys(&self) -> crate::resolver::OperatorKeys {
        let Some(o) = self.operators.first() else {
            return crate::resolver::OperatorKeys::default();
        };
        let strict = o.nats.strict_signing_key_usage;
        let mut keys = Vec::new();
        if !strict {
            keys.push(o.data.subject.clone());
        }
        keys.extend(o.nats.signing_keys.iter().cloned());
        crate::resolver::OperatorKeys {
            operator: o.data.subject.clone(),
            strict,
            keys,
        }
    }

    /// Whether `key` may sign account JWTs: a trusted operator's key (unless it requires
    /// signing keys) or one of its signing keys.
    fn trusted_account_issuer(&self, key: &str) -> bool {
        self.operators.iter().any(|o| {
            o.nats.signing_keys.iter().any(|k| k == key)
                || (!o.nats.strict_signing_key_usage && o.data.subject == key)
        })
    }

    /// The system account the operator names, if any.
    pub fn system_account(&self) -> Option<&str> {
        self.operators
            .iter()
            .map(|o| o.nats.system_account.as_str())
            .find(|s| !s.is_empty())
    }

    /// Accounts for the server to create, one per known account JWT, with the imports the
    /// exporters allow: public exports, and private ones (`token_req`) for importers whose
    /// activation token verifies (issued by the exporter or one of its signing keys, to the
    /// importer, for a subject covering the import, in its time window, not revoked). Imports
    /// that are not allowed are left out, as upstream drops them with a log line.
    pub fn account_configs(&self) -> Vec<AccountConfig> {
        let mut cfgs: BTreeMap<String, AccountConfig> = self
            .accounts
            .iter()
            .map(|(k, ac)| (k.clone(), account_config(ac)))
            .collect();
        let now = jwt::unix_now();
        for (importer, ac) in &self.accounts {
            for im in &ac.nats.imports {
                let Some(exporter) = self.accounts.get(&im.account) else {
                    continue;
                };
                let Some((idx, export)) =
                    exporter.nats.exports.iter().enumerate().find(|(_, e)| {
                        e.export_type == im.import_type
                            && rnats_proto::subject::is_subset(
                                im.subject.as_bytes(),
                                e.subject.as_bytes(),
                            )
                    })
                else {
                    continue;
                };
                if export.token_req
                    && !activation_ok(exporter, export, importer, &im.subject, &im.token, now)
                {
                    continue;
                }
                let service = im.import_type == Some(jwt::ExportType::Service);
                let local = (!im.local_subject.is_empty()).then(|| im.local_subject.clone());
                let import = ImportConfig {
                    kind: if service {
                        ExportKind::Service
                    } else {
                        ExportKind::Stream
                    },
                    account: im.account.clone(),
                    subject: im.subject.clone(),
                    prefix: (!service && !im.to.is_empty()).then(|| im.to.clone()),
                    to: if service {
                        local.or_else(|| (!im.to.is_empty()).then(|| im.to.clone()))
                    } else {
                        local
                    },
                    share: im.share,
                };
                if export.token_req {
                    if let Some(e) = cfgs
                        .get_mut(&im.account)
                        .and_then(|c| private_export_mut(c, exporter, idx))
                    {
                        e.accounts
                            .get_or_insert_with(Vec::new)
                            .push(importer.clone());
                    }
                }
                if let Some(c) = cfgs.get_mut(importer) {
                    c.imports.push(import);
                }
            }
        }
        cfgs.into_values().collect()
    }

    /// Checks a client's user JWT and nonce signature against the chain.
    pub fn authenticate(
        &self,
        connect: &ConnectInfo,
        nonce: Option<&[u8]>,
        conn_type: ConnectionType,
    ) -> Result<AuthedUser, AuthFailure> {
        let reject = |reason: String| AuthFailure::Jwt { reason };
        let token = connect
            .jwt
            .as_deref()
            .filter(|t| !t.is_empty())
            .ok_or(AuthFailure::NoCredentials)?;
        let uc = UserClaims::decode(token).map_err(|e| reject(format!("user JWT: {e}")))?;
        let now = jwt::unix_now();
        uc.data
            .check_times(now)
            .map_err(|e| reject(format!("user JWT: {e}")))?;
        let account_key = uc.account().to_owned();
        let ac = self
            .accounts
            .get(&account_key)
            .ok_or_else(|| AuthFailure::UnknownAccount {
                account: account_key.clone(),
            })?;
        ac.data
            .check_times(now)
            .map_err(|e| reject(format!("account {account_key}: {e}")))?;
        let issuer = &uc.data.issuer;
        let scope = if issuer == &ac.data.subject {
            if !uc.nats.issuer_account.is_empty() && uc.nats.issuer_account != ac.data.subject {
                return Err(reject("issuer_account does not match the issuer".into()));
            }
            None
        } else {
            match ac.nats.signing_keys.0.get(issuer) {
                Some(scope) => scope.as_ref(),
                None => {
                    return Err(reject(format!(
                        "user JWT issuer {issuer} is not a key of account {account_key}"
                    )))
                }
            }
        };
        // jwt `ValidateScopedSigner`: a scoped key's users carry no permissions or limits.
        if scope.is_some() && uc.nats.perms != jwt::UserPermissionLimits::default() {
            return Err(reject(
                "User JWT is not valid: scoped users require no permissions or limits set".into(),
            ));
        }
        let user_key = uc.data.subject.clone();
        if ac.is_revoked(&user_key, uc.data.issued_at) {
            return Err(AuthFailure::Revoked { user: user_key });
        }
        let limits = scope.map_or(&uc.nats.perms, |s| &s.template);
        if limits.bearer_token {
            if ac.nats.limits.account.disallow_bearer {
                return Err(reject(
                    "bearer tokens are not allowed in the account".into(),
                ));
            }
        } else {
            super::authn::verify_signature(&user_key, connect.sig.as_deref(), nonce)?;
        }
        let types = &limits.allowed_connection_types;
        if !types.is_empty() && !types.iter().any(|t| t == conn_type.as_str()) {
            return Err(AuthFailure::ConnectionTypeNotAllowed {
                user: user_key,
                conn_type,
            });
        }
        let window_end = match connect_window(
            &limits.limits.times,
            &limits.limits.locale,
            chrono::Utc::now(),
        ) {
            Ok(None) => 0,
            Ok(Some(left)) => now.saturating_add(left),
            Err(e) => return Err(reject(e)),
        };
        let own = permissions_config(&limits.permissions);
        let permissions = own.or_else(|| permissions_config(&ac.nats.default_permissions));
        Ok(AuthedUser {
            name: user_key,
            account: account_key,
            permissions,
            method: AuthMethod::Jwt,
            jwt: Some(std::sync::Arc::new(JwtIdentity {
                user_name: uc.data.name.clone(),
                account_name: ac.data.name.clone(),
                expires: uc.data.expires,
                max_payload: limits.limits.nats.payload,
                max_subs: limits.limits.nats.subs,
                src: limits.limits.src.clone(),
                window_end,
                account_expires: ac.data.expires,
            })),
        })
    }
}

/// The user JWT's `times` (upstream `validateTimes`): `Ok(None)` without windows, `Ok(Some(s))`
/// inside one (seconds until the latest-ending window that holds now closes; windows may cross
/// midnight), else the refusal upstream logs. `times_location` may be empty (local time) or
/// UTC; other zones are refused with a clear message, as rnats has no time zone database.
pub fn connect_window(
    times: &[jwt::TimeRange],
    locale: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<i64>, String> {
    use chrono::Timelike as _;
    if times.is_empty() {
        return Ok(None);
    }
    let sod = match locale {
        "" | "Local" => now
            .with_timezone(&chrono::Local)
            .num_seconds_from_midnight(),
        "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT" | "Zulu" => now.num_seconds_from_midnight(),
        other => {
            return Err(format!(
                "times_location {other:?} is not supported by rnats yet (only local time and UTC)"
            ))
        }
    };
    let now_s = i64::from(sod);
    let parse = |t: &str| -> Option<i64> {
        let p: Vec<&str> = t.split(':').collect();
        let [h, m, s] = p.as_slice() else {
            return None;
        };
        // Unsigned, as Go's `time.Parse("15:04:05")` reads them: a negative hour such as
        // `-9223372036854775808` must be refused, not multiplied into an overflow (issue 16).
        // Within the bounds checked, the sum is below 86,400 (checked all the same).
        let (h, m, s): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
        if h >= 24 || m >= 60 || s >= 60 {
            return None;
        }
        let secs = h.checked_mul(3600)?.checked_add(m.checked_mul(60)?)?;
        Some(i64::from(secs.checked_add(s)?))
    };
    let mut best: Option<i64> = None;
    for r in times {
        let (Some(start), Some(end)) = (parse(&r.start), parse(&r.end)) else {
            return Err("Outside connect times".to_string());
        };
        // Inside a same-day window, or after midnight in one that crosses it.
        let left = if (start < now_s || start > end) && now_s < end {
            Some(end.saturating_sub(now_s))
        } else if start > end && start < now_s {
            Some(end.saturating_add(86_400).saturating_sub(now_s))
        } else {
            None
        };
        if let Some(l) = left {
            best = Some(best.map_or(l, |b| b.max(l)));
        }
    }
    best.map(Some)
        .ok_or_else(|| "Outside connect times".to_string())
}

/// The server export built from the `idx`-th JWT export of `exporter`.
fn private_export_mut<'a>(
    cfg: &'a mut AccountConfig,
    exporter: &AccountClaims,
    idx: usize,
) -> Option<&'a mut ExportConfig> {
    let subject = &exporter.nats.exports.get(idx)?.subject;
    cfg.exports.iter_mut().find(|e| &e.subject == subject)
}

/// Whether `token` activates `importer`'s import of `subject` from `export` of `exporter`.
fn activation_ok(
    exporter: &AccountClaims,
    export: &jwt::Export,
    importer: &str,
    subject: &str,
    token: &str,
    now: i64,
) -> bool {
    let Ok(act) = jwt::ActivationClaims::decode(token) else {
        return false;
    };
    let issuer_ok = act.data.issuer == exporter.data.subject
        || (exporter.nats.signing_keys.contains(&act.data.issuer)
            && (act.nats.issuer_account.is_empty()
                || act.nats.issuer_account == exporter.data.subject));
    let revoked = [importer, "*"].iter().any(|k| {
        export
            .revocations
            .get(*k)
            .is_some_and(|&ts| act.data.issued_at <= ts)
    });
    issuer_ok
        && act.data.subject == importer
        && act.data.check_times(now).is_ok()
        && rnats_proto::subject::is_subset(subject.as_bytes(), act.nats.import_subject.as_bytes())
        && !revoked
}

fn list(v: &[String]) -> Option<Vec<String>> {
    (!v.is_empty()).then(|| v.to_vec())
}

/// JWT permissions as the configuration's permissions; `None` when they say nothing.
pub fn permissions_config(p: &Permissions) -> Option<PermissionsConfig> {
    if p.publish.is_empty() && p.subscribe.is_empty() && p.response.is_none() {
        return None;
    }
    let side = |perm: &jwt::Permission| {
        (!perm.is_empty()).then(|| SubjectPermission {
            allow: list(&perm.allow),
            deny: list(&perm.deny),
        })
    };
    let mut cfg = PermissionsConfig {
        publish: side(&p.publish),
        subscribe: side(&p.subscribe),
        allow_responses: p.response.map(|r| {
            let d = ResponsePermission::default();
            ResponsePermission {
                max: if r.max_msgs > 0 {
                    r.max_msgs as usize
                } else {
                    d.max
                },
                expires: if r.expires > 0 {
                    std::time::Duration::from_nanos(r.expires as u64)
                } else {
                    d.expires
                },
            }
        }),
    };
    // Upstream: with response permissions, a missing publish allow list becomes an empty one.
    if cfg.allow_responses.is_some() {
        let pubp = cfg.publish.get_or_insert_with(SubjectPermission::default);
        pubp.allow.get_or_insert_with(Vec::new);
    }
    Some(cfg)
}

/// The account JWT's `mappings` (a weight of 0 is 100, as nats-io/jwt `GetWeight`); a mapping
/// the server cannot compile is left out, as upstream logs and skips it.
fn mappings_config(ac: &AccountClaims) -> Vec<super::options::MappingConfig> {
    ac.nats
        .mappings
        .iter()
        .map(|(src, dests)| super::options::MappingConfig {
            source: src.clone(),
            destinations: dests
                .iter()
                .map(|d| super::options::MappingDestination {
                    subject: d.subject.clone(),
                    weight: if d.weight == 0 { 100 } else { d.weight },
                    cluster: (!d.cluster.is_empty()).then(|| d.cluster.clone()),
                })
                .collect(),
        })
        .filter(|m| {
            let ok = crate::transform::Mappings::new(std::slice::from_ref(m)).is_ok();
            if !ok {
                crate::log_error!(
                    "account {}: mapping of {:?} is not valid, skipped",
                    ac.data.subject,
                    m.source
                );
            }
            ok
        })
        .collect()
}

fn account_config(ac: &AccountClaims) -> AccountConfig {
    let l = &ac.nats.limits;
    // JWT limits use -1 for unlimited and 0 for "none"; the server's limits use -1 too.
    let limit = |v: i64| if v < 0 { -1 } else { v };
    // Untiered limits, else the R1 tier: every stream of a single rnats server is R1.
    let tier = if l.jetstream.is_enabled() {
        Some(&l.jetstream)
    } else {
        l.tiered.get("R1").filter(|t| t.is_enabled())
    };
    let js = if let Some(j) = tier {
        let unl = |v: i64| if v == 0 { -1 } else { v };
        Some(AccountJetStream {
            enabled: true,
            max_memory: j.memory_storage,
            max_store: j.disk_storage,
            max_streams: unl(j.streams),
            max_consumers: unl(j.consumer),
            max_ack_pending: unl(j.max_ack_pending),
            memory_max_stream_bytes: unl(j.memory_max_stream_bytes),
            store_max_stream_bytes: unl(j.disk_max_stream_bytes),
            max_bytes_required: j.max_bytes_required,
        })
    } else {
        None
    };
    let exports = ac
        .nats
        .exports
        .iter()
        .map(|e| ExportConfig {
            kind: match e.export_type {
                Some(jwt::ExportType::Service) => ExportKind::Service,
                _ => ExportKind::Stream,
            },
            subject: e.subject.clone(),
            // Private exports list the importers whose activations verify (filled in by
            // `account_configs`); none until then.
            accounts: e.token_req.then(Vec::new),
            response_type: match e.response_type.as_str() {
                "Stream" => ResponseType::Stream,
                "Chunked" => ResponseType::Chunked,
                _ => ResponseType::Singleton,
            },
            response_threshold: (e.response_threshold > 0)
                .then(|| std::time::Duration::from_nanos(e.response_threshold as u64)),
            account_token_position: (e.account_token_position > 0)
                .then_some(e.account_token_position),
        })
        .collect();
    AccountConfig {
        name: ac.data.subject.clone(),
        nkey: Some(ac.data.subject.clone()),
        jetstream: js,
        exports,
        imports: Vec::new(),
        mappings: mappings_config(ac),
        limits: AccountLimits {
            max_connections: limit(l.account.conn),
            max_subscriptions: limit(l.nats.subs),
            max_payload: limit(l.nats.payload),
            max_leafnodes: limit(l.account.leaf_node_conn),
        },
        default_permissions: permissions_config(&ac.nats.default_permissions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_networks() {
        let id = |src: &[&str]| JwtIdentity {
            user_name: String::new(),
            account_name: String::new(),
            expires: 0,
            max_payload: 0,
            max_subs: 0,
            src: src.iter().map(|s| s.to_string()).collect(),
            window_end: 0,
            account_expires: 0,
        };
        let ip = |s: &str| s.parse::<std::net::IpAddr>().expect("ip");
        assert!(id(&[]).allows_peer(ip("10.1.2.3")));
        assert!(id(&["10.0.0.0/8"]).allows_peer(ip("10.1.2.3")));
        assert!(!id(&["10.0.0.0/8"]).allows_peer(ip("11.1.2.3")));
        assert!(id(&["192.168.1.7"]).allows_peer(ip("192.168.1.7")));
        assert!(!id(&["192.168.1.7"]).allows_peer(ip("192.168.1.8")));
        assert!(id(&["::1/128"]).allows_peer(ip("::1")));
        assert!(id(&["127.0.0.0/8"]).allows_peer(ip("::ffff:127.0.0.1")));
        assert!(!id(&["garbage"]).allows_peer(ip("127.0.0.1")));
        assert!(id(&["0.0.0.0/0"]).allows_peer(ip("8.8.8.8")));
    }
    #[test]
    fn connect_windows() {
        use chrono::TimeZone as _;
        let at = |h, m| {
            chrono::Utc
                .with_ymd_and_hms(2026, 1, 2, h, m, 0)
                .single()
                .expect("t")
        };
        let r = |s: &str, e: &str| jwt::TimeRange {
            start: s.into(),
            end: e.into(),
        };
        assert_eq!(connect_window(&[], "UTC", at(3, 0)), Ok(None));
        let day = [r("09:00:00", "17:00:00")];
        assert_eq!(connect_window(&day, "UTC", at(16, 0)), Ok(Some(3600)));
        assert!(connect_window(&day, "UTC", at(18, 0)).is_err());
        let night = [r("22:00:00", "06:00:00")];
        assert_eq!(connect_window(&night, "UTC", at(5, 0)), Ok(Some(3600)));
        assert_eq!(connect_window(&night, "UTC", at(23, 0)), Ok(Some(7 * 3600)));
        assert!(connect_window(&night, "UTC", at(12, 0)).is_err());
        // The latest-ending window that holds now wins.
        let both = [r("09:00:00", "17:00:00"), r("10:00:00", "18:00:00")];
        assert_eq!(connect_window(&both, "UTC", at(16, 0)), Ok(Some(7200)));
        assert!(connect_window(&day, "America/New_York", at(12, 0))
            .is_err_and(|e| e.contains("not supported by rnats yet")));
        // Issue 16: negative hours, minutes or seconds are refused, not multiplied into an
        // i64 overflow (a panic in debug builds, a wrapped window in release).
        for bad in [
            r("-9223372036854775808:00:00", "17:00:00"),
            r("09:00:00", "-2562047788015216:00:00"),
            r("09:-153722867280912931:00", "17:00:00"),
            r("09:00:-1", "17:00:00"),
        ] {
            assert!(connect_window(&[bad], "UTC", at(12, 0)).is_err());
        }
        // Issue 16 (arithmetic lint): values past u32, and the edges of the day.
        for bad in [
            r("4294967296:00:00", "17:00:00"),
            r("99999999999999999999:00:00", "17:00:00"),
            r("24:00:00", "17:00:00"),
            r("09:60:00", "17:00:00"),
            r("09:00:60", "17:00:00"),
            r("09:00:00", "4294967295:59:59"),
        ] {
            assert!(connect_window(&[bad], "UTC", at(12, 0)).is_err());
        }
        let edge = |h, m, s| {
            chrono::Utc
                .with_ymd_and_hms(2026, 1, 2, h, m, s)
                .single()
                .expect("t")
        };
        let all_day = [r("00:00:00", "23:59:59")];
        assert_eq!(
            connect_window(&all_day, "UTC", edge(0, 0, 1)),
            Ok(Some(86_398))
        );
        assert!(connect_window(&all_day, "UTC", edge(23, 59, 59)).is_err());
        // A window crossing midnight that covers all but one second of the day.
        let wrap = [r("00:00:01", "00:00:00")];
        assert_eq!(
            connect_window(&wrap, "UTC", edge(0, 0, 2)),
            Ok(Some(86_398))
        );
        assert_eq!(connect_window(&wrap, "UTC", edge(23, 59, 59)), Ok(Some(1)));
        assert!(connect_window(&wrap, "UTC", edge(0, 0, 0)).is_err());
    }

    use rnats_proto::jwt::{Export, ExportType, Import};
    use rnats_proto::nkeys::{KeyPair, KeyRole};

    fn kp(role: KeyRole) -> KeyPair {
        KeyPair::new(role).expect("key")
    }

    /// Operator O; exporter X with a public service and a private stream; importer Y imports
    /// both (the stream with a valid activation), importer Z the private stream without one.
    #[test]
    fn imports_follow_exports_and_activations() {
        let o = kp(KeyRole::Operator);
        let mut oc = OperatorClaims::new(&o.public_key());
        let op = oc.encode(&o).expect("op");
        let (x, y, z) = (
            kp(KeyRole::Account),
            kp(KeyRole::Account),
            kp(KeyRole::Account),
        );
        let mut xc = AccountClaims::new_account(&x.public_key());
        xc.nats.exports = vec![
            Export {
                subject: "svc.>".into(),
                export_type: Some(ExportType::Service),
                ..Export::default()
            },
            Export {
                subject: "feed.>".into(),
                export_type: Some(ExportType::Stream),
                token_req: true,
                ..Export::default()
            },
        ];
        let mut act = jwt::ActivationClaims::new(&y.public_key());
        act.nats.import_subject = "feed.>".into();
        act.nats.import_type = Some(ExportType::Stream);
        let token = act.encode(&x).expect("activation");
        let import = |subject: &str, kind, token: &str| Import {
            account: x.public_key(),
            subject: subject.into(),
            import_type: Some(kind),
            token: token.into(),
            ..Import::default()
        };
        let mut yc = AccountClaims::new_account(&y.public_key());
        yc.nats.imports = vec![
            import("svc.a", ExportType::Service, ""),
            import("feed.>", ExportType::Stream, &token),
        ];
        let mut zc = AccountClaims::new_account(&z.public_key());
        zc.nats.imports = vec![import("feed.>", ExportType::Stream, "")];
        let preload: Vec<(String, String)> = [(&x, &mut xc), (&y, &mut yc), (&z, &mut zc)]
            .into_iter()
            .map(|(k, c)| (k.public_key(), c.encode(&o).expect("acc")))
            .collect();
        let trust = OperatorTrust::build(&[op], &preload).expect("trust");
        let cfgs = trust.account_configs();
        let get = |k: &KeyPair| {
            cfgs.iter()
                .find(|c| c.name == k.public_key())
                .expect("account")
                .clone()
        };
        let yc = get(&y);
        assert_eq!(yc.imports.len(), 2);
        assert_eq!(yc.imports[0].kind, ExportKind::Service);
        assert!(get(&z).imports.is_empty(), "no activation, no import");
        let xcfg = get(&x);
        assert_eq!(xcfg.exports[0].accounts, None);
        assert_eq!(xcfg.exports[1].accounts, Some(vec![y.public_key()]));
        // An account signed by another operator is refused.
        let other = kp(KeyRole::Operator);
        let mut bad = AccountClaims::new_account(&kp(KeyRole::Account).public_key());
        let bad_jwt = bad.encode(&other).expect("acc");
        let op2 = OperatorClaims::new(&o.public_key()).encode(&o).expect("op");
        assert!(OperatorTrust::build(&[op2], &[(bad.data.subject.clone(), bad_jwt)]).is_err());
    }
}
