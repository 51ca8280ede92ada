//! The nats-based account resolvers (`resolver { type: full|cache, dir, ... }`): account JWTs
//! kept in a directory exactly as nats-server's `DirJWTStore` keeps them (`server/dirstore.go`:
//! one file `<dir>/<account public key>.jwt` holding the raw token, no sharding, deleted files
//! renamed to `.jwt.deleted` unless `hard_delete`), so a directory written by one server is read
//! by the other; and the system account requests that manage them (`server/accounts.go`
//! `DirAccResolver.Start`, `CacheDirAccResolver.Start`):
//!
//! - `$SYS.REQ.CLAIMS.UPDATE`, `$SYS.REQ.ACCOUNT.<acc>.CLAIMS.UPDATE` (and the older
//!   `$SYS.ACCOUNT.<acc>.CLAIMS.UPDATE`): store an account JWT, answered
//!   `{"server":…,"data":{"account":…,"code":200,"message":"jwt updated"}}` or an `error` with
//!   code 500 and upstream's texts;
//! - `$SYS.REQ.ACCOUNT.<acc>.CLAIMS.LOOKUP`: the stored JWT, or an empty message;
//! - `$SYS.REQ.CLAIMS.LIST`: `{"server":…,"data":[<account keys>]}`;
//! - `$SYS.REQ.CLAIMS.PACK` (full only): every stored JWT as `<key>|<jwt>`, one per message,
//!   then an empty message (what `nsc pull -A` reads);
//! - `$SYS.REQ.CLAIMS.DELETE`: an operator-signed generic JWT whose `data.accounts` lists the
//!   accounts to delete (only with `allow_delete`).
//!
//! What a stored JWT does to the running server (new accounts, tightened limits, revoked users)
//! is [`crate::server::Server::apply_account_jwt`]'s business; this module only stores and
//! answers. rnats never sends pack requests itself nor fetches from other servers: a single
//! server's store is the whole truth.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rnats_proto::jwt::{self, AccountClaims};
use rnats_proto::nkeys::{self, KeyRole};

/// JWT files end with this (upstream `fileExtension`).
const FILE_EXTENSION: &str = ".jwt";

/// What `allow_delete`/`hard_delete` make of a delete request (upstream `deleteType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeleteMode {
    /// `allow_delete: false` (the default): delete requests are refused.
    #[default]
    Refuse,
    /// `allow_delete: true`: the file is renamed to `<key>.jwt.deleted`.
    Rename,
    /// `allow_delete: true, hard_delete: true`: the file is removed.
    Remove,
}

/// `resolver { ... }` as configured.
#[derive(Debug, Clone, PartialEq)]
pub struct DirResolverConfig {
    /// `type: cache` (true) or `type: full`.
    pub cache: bool,
    /// `dir`: where the JWTs live (created when missing).
    pub dir: PathBuf,
    /// `allow_delete` / `hard_delete`.
    pub delete: DeleteMode,
    /// `limit`: most JWTs kept (0: unlimited for `full`, 1000 for `cache`).
    pub limit: i64,
    /// `interval`: how often upstream compares stores across a cluster (accepted; a single
    /// rnats server has nothing to compare with).
    pub interval: Duration,
    /// `timeout`: how long a lookup from other servers may take (accepted, as `interval`).
    pub timeout: Duration,
    /// `ttl` (cache only): how long a cached JWT is kept (accepted; JWTs are kept until
    /// evicted by `limit`).
    pub ttl: Duration,
}

/// The directory store (upstream `DirJWTStore` without sharding).
#[derive(Debug)]
pub struct DirStore {
    dir: PathBuf,
    cache: bool,
    delete: DeleteMode,
    limit: usize,
    /// Serialises writers, as upstream's store lock does.
    lock: Mutex<()>,
}

/// Why a store operation failed, with upstream's texts.
pub type StoreError = String;

impl DirStore {
    /// Opens (creating it when missing) the directory of `cfg`.
    pub fn open(cfg: &DirResolverConfig) -> Result<DirStore, String> {
        std::fs::create_dir_all(&cfg.dir)
            .map_err(|e| format!("creating {}: {e}", cfg.dir.display()))?;
        let limit = match (cfg.limit, cfg.cache) {
            (l, _) if l > 0 => usize::try_from(l).unwrap_or(usize::MAX),
            (_, true) => 1_000,
            (_, false) => usize::MAX,
        };
        Ok(DirStore {
            dir: cfg.dir.clone(),
            cache: cfg.cache,
            delete: cfg.delete,
            limit,
            lock: Mutex::new(()),
        })
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether this is a `cache` resolver.
    pub fn is_cache(&self) -> bool {
        self.cache
    }

    fn guard(&self) -> std::sync::MutexGuard<'_, ()> {
        self.lock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `<dir>/<key>.jwt`, for a valid public key only (upstream `pathForKey`).
    fn path_for_key(&self, key: &str) -> Option<PathBuf> {
        nkeys::is_valid_public_key(key, None)
            .then(|| self.dir.join(format!("{key}{FILE_EXTENSION}")))
    }

    /// The stored JWT of `key`, `None` when there is none.
    pub fn load(&self, key: &str) -> Result<Option<String>, StoreError> {
        let path = self
            .path_for_key(key)
            .ok_or_else(|| "invalid public key".to_string())?;
        match std::fs::read_to_string(&path) {
            Ok(s) => Ok(Some(s)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Every stored `(key, JWT)`, walking the directory as upstream's `PackWalk` does (files
    /// ending in `.jwt`, empty ones and expired JWTs left out), sorted by key.
    pub fn all(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut stack = vec![self.dir.clone()];
        let now = jwt::unix_now();
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                let path = e.path();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(path);
                    continue;
                }
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                let Some(key) = name.strip_suffix(FILE_EXTENSION) else {
                    continue;
                };
                let Ok(token) = std::fs::read_to_string(&path) else {
                    continue;
                };
                if token.is_empty() {
                    continue;
                }
                let expired = jwt::decode(token.trim())
                    .is_ok_and(|c| c.data().expires > 0 && c.data().expires < now);
                if !expired {
                    out.push((key.to_owned(), token));
                }
            }
        }
        out.sort();
        out
    }

    fn count(&self) -> usize {
        std::fs::read_dir(&self.dir)
            .map(|rd| {
                rd.flatten()
                    .filter(|e| {
                        e.file_name()
                            .to_str()
                            .is_some_and(|n| n.ends_with(FILE_EXTENSION))
                    })
                    .count()
            })
            .unwrap_or(0)
    }

    /// Stores `token` under `key`; `Ok(false)` when the same token is already stored.
    /// A full store refuses new keys with upstream's "jwt store is full"; a cache evicts the
    /// least recently written JWT instead.
    pub fn save(&self, key: &str, token: &str) -> Result<bool, StoreError> {
        let path = self
            .path_for_key(key)
            .ok_or_else(|| "invalid public key".to_string())?;
        if token.is_empty() {
            return Err("invalid JWT".to_string());
        }
        let _g = self.guard();
        match std::fs::read_to_string(&path) {
            Ok(old) if old == token => return Ok(false),
            Ok(_) => {}
            Err(_) => {
                if self.count() >= self.limit {
                    if !self.cache {
                        return Err("jwt store is full".to_string());
                    }
                    self.evict_oldest();
                }
            }
        }
        std::fs::write(&path, token).map_err(|e| e.to_string())?;
        Ok(true)
    }

    fn evict_oldest(&self) {
        let oldest = std::fs::read_dir(&self.dir).ok().and_then(|rd| {
            rd.flatten()
                .filter(|e| {
                    e.file_name()
                        .to_str()
                        .is_some_and(|n| n.ends_with(FILE_EXTENSION))
                })
                .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
                .min()
        });
        if let Some((_, p)) = oldest {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Stores `token` unless the stored JWT is the same or was issued later (upstream
    /// `saveIfNewer`, used for `resolver_preload`).
    pub fn save_if_newer(&self, key: &str, token: &str) -> Result<bool, StoreError> {
        if let Some(existing) = self.load(key)? {
            let new = jwt::decode(token).map_err(|e| e.to_string())?;
            if let Ok(old) = jwt::decode(existing.trim()) {
                if old.data().id == new.data().id || old.data().issued_at > new.data().issued_at {
                    return Ok(false);
                }
                if new.data().subject != key {
                    return Err("jwt subject nkey and provided nkey do not match".to_string());
                }
            }
        }
        self.save(key, token)
    }

    /// Deletes the JWT of `key` as configured (renamed or removed); a missing file is fine.
    pub fn delete(&self, key: &str) -> Result<(), StoreError> {
        if self.delete == DeleteMode::Refuse {
            return Err("store is not set up to for delete".to_string());
        }
        let path = self
            .path_for_key(key)
            .ok_or_else(|| "invalid public key".to_string())?;
        let _g = self.guard();
        let res = if self.delete == DeleteMode::Rename {
            let mut to = path.clone().into_os_string();
            to.push(".deleted");
            std::fs::rename(&path, to)
        } else {
            std::fs::remove_file(&path)
        };
        match res {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// The answer to a resolver request.
#[derive(Debug, PartialEq)]
pub enum Answer {
    /// `{"server":…,"data":<value>}`.
    Data(serde_json::Value),
    /// `{"server":…,"error":<value>}`.
    Error(serde_json::Value),
    /// A raw body (a JWT, or empty).
    Raw(Vec<u8>),
    /// Several raw messages, in order (a pack ending with an empty message).
    Many(Vec<Vec<u8>>),
    /// No answer.
    Silent,
}

/// What the request asks the server to do once answered.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Nothing.
    None,
    /// An account JWT was stored: apply it.
    Updated(String, String),
    /// These accounts were deleted.
    Deleted(Vec<String>),
}

/// Upstream `respondToUpdate`: `data` with code 200, or `error` with code 500 and
/// `"<message> - <err>"`.
fn respond(account: &str, message: &str, err: Option<String>) -> Answer {
    let mut m = serde_json::Map::new();
    if !account.is_empty() {
        m.insert("account".into(), account.into());
    }
    match err {
        None => {
            crate::log_debug!("{message} - {account}");
            m.insert("code".into(), 200.into());
            m.insert("message".into(), message.into());
            Answer::Data(serde_json::Value::Object(m))
        }
        Some(e) => {
            crate::log_error!("{message} - {account} - {e}");
            m.insert("code".into(), 500.into());
            m.insert("description".into(), format!("{message} - {e}").into());
            Answer::Error(serde_json::Value::Object(m))
        }
    }
}

/// The operator keys an account JWT may be signed by, and whether the operator alone may not
/// (upstream `getOperatorKeys`: the first trusted operator).
#[derive(Debug, Clone, Default)]
pub struct OperatorKeys {
    /// The operator's public key.
    pub operator: String,
    /// `strict_signing_key_usage`.
    pub strict: bool,
    /// Keys allowed to sign delete requests (the operator unless strict, and its signing
    /// keys).
    pub keys: Vec<String>,
}

impl DirStore {
    /// Handles one resolver request on `subject` (already known to be one of the resolver's
    /// subjects); `loaded(key)` says whether the account is in use (the cache resolver only
    /// stores those), `system_account` is refused deletion.
    pub fn handle(
        &self,
        subject: &str,
        payload: &[u8],
        ops: &OperatorKeys,
        system_account: Option<&str>,
        loaded: &dyn Fn(&str) -> bool,
    ) -> (Answer, Effect) {
        let tokens: Vec<&str> = subject.split('.').collect();
        let text = String::from_utf8_lossy(payload);
        let text = text.trim();
        match tokens.as_slice() {
            ["$SYS", "REQ", "ACCOUNT", acc, "CLAIMS", "UPDATE"]
            | ["$SYS", "ACCOUNT", acc, "CLAIMS", "UPDATE"] => {
                self.update(Some(acc), text, ops, loaded)
            }
            ["$SYS", "REQ", "CLAIMS", "UPDATE"] => self.update(None, text, ops, loaded),
            ["$SYS", "REQ", "ACCOUNT", acc, "CLAIMS", "LOOKUP"] => {
                if self.cache {
                    return (Answer::Silent, Effect::None);
                }
                match self.load(acc) {
                    Ok(Some(t)) => (Answer::Raw(t.into_bytes()), Effect::None),
                    Ok(None) => (Answer::Raw(Vec::new()), Effect::None),
                    Err(e) => {
                        crate::log_error!("DirResolver - Error looking up account {acc:?}: {e}");
                        (Answer::Silent, Effect::None)
                    }
                }
            }
            ["$SYS", "REQ", "CLAIMS", "PACK"] if !self.cache => {
                // Upstream `PackWalk(1, ...)`: one `<key>|<jwt>` per message, then an empty
                // one; only the empty one when the requester's hash is ours.
                let all = self.all();
                let ours = pack_hash(&all);
                let mut msgs = Vec::new();
                if payload != ours.as_slice() {
                    msgs.extend(
                        all.into_iter()
                            .map(|(k, t)| format!("{k}|{t}").into_bytes()),
                    );
                }
                msgs.push(Vec::new());
                (Answer::Many(msgs), Effect::None)
            }
            ["$SYS", "REQ", "CLAIMS", "LIST"] => {
                let keys: Vec<String> = self.all().into_iter().map(|(k, _)| k).collect();
                (Answer::Data(keys.into()), Effect::None)
            }
            ["$SYS", "REQ", "CLAIMS", "DELETE"] => self.delete_request(text, ops, system_account),
            _ => (Answer::Silent, Effect::None),
        }
    }

    fn update(
        &self,
        acc: Option<&str>,
        token: &str,
        ops: &OperatorKeys,
        loaded: &dyn Fn(&str) -> bool,
    ) -> (Answer, Effect) {
        let (err_msg, skipped, updated, invalid) = if self.cache {
            (
                "jwt update cache resulted in error",
                "jwt update cache skipped",
                "jwt updated cache",
                "jwt update cache validation failed",
            )
        } else {
            (
                "jwt update resulted in error",
                "",
                "jwt updated",
                "jwt validation failed",
            )
        };
        let claims = match AccountClaims::decode(token) {
            Ok(c) => c,
            Err(e) => {
                let who = if self.cache {
                    acc.unwrap_or("n/a")
                } else {
                    "n/a"
                };
                return (respond(who, err_msg, Some(e.to_string())), Effect::None);
            }
        };
        let key = acc.unwrap_or(&claims.data.subject).to_owned();
        if claims.data.subject != key {
            let e = "subject does not match jwt content".to_string();
            return (respond(&key, err_msg, Some(e)), Effect::None);
        }
        if ops.strict && claims.data.issuer == ops.operator {
            let e = "operator requires issuer to be a signing key".to_string();
            return (respond(&key, err_msg, Some(e)), Effect::None);
        }
        if self.cache && !loaded(&key) {
            return (respond(&key, skipped, None), Effect::None);
        }
        if !nkeys::is_valid_public_key(&key, Some(KeyRole::Account)) {
            let e = "invalid public key".to_string();
            return (respond(&key, invalid, Some(e)), Effect::None);
        }
        match self.save(&key, token) {
            Err(e) => (respond(&key, err_msg, Some(e)), Effect::None),
            Ok(changed) => (
                respond(&key, updated, None),
                if changed {
                    Effect::Updated(key, token.to_owned())
                } else {
                    Effect::None
                },
            ),
        }
    }

    /// `$SYS.REQ.CLAIMS.DELETE` (upstream `handleDeleteRequest`).
    fn delete_request(
        &self,
        token: &str,
        ops: &OperatorKeys,
        system_account: Option<&str>,
    ) -> (Answer, Effect) {
        let mut subject = String::new();
        let checked = (|| -> Result<Vec<String>, String> {
            let claims = jwt::decode(token).map_err(|e| e.to_string())?;
            let data = claims.data();
            subject = data.subject.clone();
            if self.delete == DeleteMode::Refuse {
                return Err("delete must be enabled in server config".into());
            }
            if data.subject != data.issuer {
                return Err("not self signed".into());
            }
            if !ops.keys.contains(&data.issuer) {
                return Err("not trusted".into());
            }
            let raw = claims.to_value();
            let list = raw
                .get("nats")
                .and_then(|d| d.get("accounts"))
                .and_then(|a| a.as_array())
                .ok_or("malformed request")?;
            let mut keys = Vec::new();
            for e in list {
                let k = e.as_str().unwrap_or_default();
                if k.is_empty() || !nkeys::is_valid_public_key(k, Some(KeyRole::Account)) {
                    return Err("malformed request".into());
                }
                if Some(k) == system_account {
                    return Err("not allowed to delete system account".into());
                }
                keys.push(k.to_owned());
            }
            Ok(keys)
        })();
        let keys = match checked {
            Ok(k) => k,
            Err(e) => {
                let m = format!("delete accounts request by {subject} failed");
                return (respond("", &m, Some(e)), Effect::None);
            }
        };
        let mut errs = Vec::new();
        let mut deleted = Vec::new();
        for k in &keys {
            match self.delete(k) {
                Ok(()) => deleted.push(k.clone()),
                Err(e) => errs.push(e),
            }
        }
        let answer = if errs.is_empty() {
            respond("", &format!("deleted {} accounts", deleted.len()), None)
        } else {
            respond(
                "",
                &format!(
                    "deleted {} accounts, failed for {}",
                    deleted.len(),
                    errs.len()
                ),
                Some(errs.join("\n")),
            )
        };
        (answer, Effect::Deleted(deleted))
    }
}

/// Upstream `DirJWTStore.Hash`: the XOR of the SHA-256 of every stored JWT.
fn pack_hash(all: &[(String, String)]) -> [u8; 32] {
    use sha2::Digest as _;
    let mut h = [0u8; 32];
    for (_, t) in all {
        let d = sha2::Sha256::digest(t.as_bytes());
        for (a, b) in h.iter_mut().zip(d.iter()) {
            *a ^= b;
        }
    }
    h
}

/// The subject of pack requests, answered in the queue group `responder` (full only).
pub const PACK_SUBJECT: &str = "$SYS.REQ.CLAIMS.PACK";

/// The subjects the resolver subscribes to in the system account.
pub fn subjects(cache: bool) -> &'static [&'static str] {
    if cache {
        &[
            "$SYS.ACCOUNT.*.CLAIMS.UPDATE",
            "$SYS.REQ.ACCOUNT.*.CLAIMS.UPDATE",
            "$SYS.REQ.CLAIMS.UPDATE",
            "$SYS.REQ.CLAIMS.LIST",
            "$SYS.REQ.CLAIMS.DELETE",
        ]
    } else {
        &[
            "$SYS.ACCOUNT.*.CLAIMS.UPDATE",
            "$SYS.REQ.ACCOUNT.*.CLAIMS.UPDATE",
            "$SYS.REQ.CLAIMS.UPDATE",
            "$SYS.REQ.ACCOUNT.*.CLAIMS.LOOKUP",
            "$SYS.REQ.CLAIMS.LIST",
            "$SYS.REQ.CLAIMS.DELETE",
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rnats_proto::jwt::OperatorClaims;
    use rnats_proto::nkeys::KeyPair;

    fn store(dir: &Path, delete: DeleteMode) -> DirStore {
        DirStore::open(&DirResolverConfig {
            cache: false,
            dir: dir.to_path_buf(),
            delete,
            limit: 0,
            interval: Duration::from_secs(60),
            timeout: Duration::from_secs(2),
            ttl: Duration::ZERO,
        })
        .expect("open")
    }

    #[test]
    fn layout_update_list_lookup_delete() {
        let tmp = tempfile::tempdir().expect("tmp");
        let s = store(tmp.path(), DeleteMode::Rename);
        let o = KeyPair::new(KeyRole::Operator).expect("op");
        let _ = OperatorClaims::new(&o.public_key());
        let a = KeyPair::new(KeyRole::Account).expect("acc");
        let token = AccountClaims::new_account(&a.public_key())
            .encode(&o)
            .expect("jwt");
        let ops = OperatorKeys {
            operator: o.public_key(),
            strict: false,
            keys: vec![o.public_key()],
        };
        let no = |_: &str| false;
        let (ans, eff) = s.handle("$SYS.REQ.CLAIMS.UPDATE", token.as_bytes(), &ops, None, &no);
        assert_eq!(
            ans,
            Answer::Data(
                serde_json::json!({"account": a.public_key(), "code": 200, "message": "jwt updated"})
            )
        );
        assert_eq!(eff, Effect::Updated(a.public_key(), token.clone()));
        let file = tmp.path().join(format!("{}.jwt", a.public_key()));
        assert_eq!(std::fs::read_to_string(&file).expect("file"), token);
        // The same token again changes nothing but is still "jwt updated".
        let (_, eff) = s.handle("$SYS.REQ.CLAIMS.UPDATE", token.as_bytes(), &ops, None, &no);
        assert_eq!(eff, Effect::None);
        let subj = format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.UPDATE", o.public_key());
        let (ans, _) = s.handle(&subj, token.as_bytes(), &ops, None, &no);
        let Answer::Error(e) = ans else {
            panic!("{ans:?}")
        };
        assert_eq!(
            e["description"],
            "jwt update resulted in error - subject does not match jwt content"
        );
        let (ans, _) = s.handle("$SYS.REQ.CLAIMS.LIST", b"", &ops, None, &no);
        assert_eq!(ans, Answer::Data(serde_json::json!([a.public_key()])));
        let look = format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.LOOKUP", a.public_key());
        let (ans, _) = s.handle(&look, b"", &ops, None, &no);
        assert_eq!(ans, Answer::Raw(token.clone().into_bytes()));
        s.delete(&a.public_key()).expect("delete");
        assert!(!file.exists());
        assert!(tmp
            .path()
            .join(format!("{}.jwt.deleted", a.public_key()))
            .exists());
        let (ans, _) = s.handle(&look, b"", &ops, None, &no);
        assert_eq!(ans, Answer::Raw(Vec::new()));
    }

    #[test]
    fn delete_refused_without_allow_delete() {
        let tmp = tempfile::tempdir().expect("tmp");
        let s = store(tmp.path(), DeleteMode::Refuse);
        assert!(s
            .delete("ADOR7Q5KJBSLPNZ3BTBGCB2TZPBJF6HOHMLXFA3AO4VKAZSBOHGMSNXE")
            .is_err());
    }
}
