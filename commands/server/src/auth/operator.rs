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

use std::collections::BTreeMap;

use rnats_proto::info::ConnectInfo;
use rnats_proto::jwt::{self, AccountClaims, OperatorClaims, Permissions, UserClaims};

use super::authn::{AuthFailure, AuthMethod, AuthedUser, ConnectionType, JwtIdentity};
use super::options::{
    AccountConfig, AccountJetStream, AccountLimits, ExportConfig, ExportKind, PermissionsConfig,
    ResponsePermission, ResponseType, SubjectPermission,
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
            let ac = AccountClaims::decode(token)
                .map_err(|e| format!("resolver_preload: account {key}: {e}"))?;
            if &ac.data.subject != key {
                return Err(format!(
                    "resolver_preload: JWT of {} is listed under {key}",
                    ac.data.subject
                ));
            }
            if !trust.trusted_account_issuer(&ac.data.issuer) {
                return Err(format!(
                    "resolver_preload: account {key} is not signed by a trusted operator"
                ));
            }
            trust.accounts.insert(key.clone(), ac);
        }
        Ok(trust)
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

    /// Accounts for the server to create, one per known account JWT.
    pub fn account_configs(&self) -> Vec<AccountConfig> {
        self.accounts.values().map(account_config).collect()
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
            .ok_or_else(|| reject(format!("account {account_key} not found")))?;
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
        let user_key = uc.data.subject.clone();
        if ac.is_revoked(&user_key, uc.data.issued_at) {
            return Err(reject(format!("user {user_key} is revoked")));
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
            })),
        })
    }
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

fn account_config(ac: &AccountClaims) -> AccountConfig {
    let l = &ac.nats.limits;
    // JWT limits use -1 for unlimited and 0 for "none"; the server's limits use -1 too.
    let limit = |v: i64| if v < 0 { -1 } else { v };
    let js = if l.jetstream.is_enabled() {
        let j = &l.jetstream;
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
        .filter(|e| !e.token_req)
        .map(|e| ExportConfig {
            kind: match e.export_type {
                Some(jwt::ExportType::Service) => ExportKind::Service,
                _ => ExportKind::Stream,
            },
            subject: e.subject.clone(),
            accounts: None,
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
        mappings: Vec::new(),
        limits: AccountLimits {
            max_connections: limit(l.account.conn),
            max_subscriptions: limit(l.nats.subs),
            max_payload: limit(l.nats.payload),
            max_leafnodes: limit(l.account.leaf_node_conn),
        },
        default_permissions: permissions_config(&ac.nats.default_permissions),
    }
}
