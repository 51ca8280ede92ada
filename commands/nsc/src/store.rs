//! nsc's on-disk layout: the config file, the stores of operators, accounts and users, and the
//! keystore of seeds and creds (nats-io/nsc `home/home.go`, `cmd/store/store.go`,
//! `cmd/store/keys.go`).
//!
//! ```text
//! <config>/nsc.json                              {"store_root","operator","account"}
//! <data>/<operator>/.nsc                         {"managed","name","kind","version"}
//! <data>/<operator>/<operator>.jwt
//! <data>/<operator>/accounts/<account>/<account>.jwt
//! <data>/<operator>/accounts/<account>/users/<user>.jwt
//! <keys>/keys/<O|A|U|X>/<chars 2-3>/<PUBKEY>.nk  the seed, mode 0600
//! <keys>/creds/<operator>/<account>/<user>.creds
//! ```
//!
//! Defaults: `<config>` = `$XDG_CONFIG_HOME/nats/nsc` (`~/.config/nats/nsc`), `<data>` =
//! `$XDG_DATA_HOME/nats/nsc/stores`, `<keys>` = `$XDG_DATA_HOME/nats/nsc/keys` (or
//! `$NKEYS_PATH`); `--config-dir`, `--data-dir`, `--keystore-dir` and `-H/--all-dirs` override.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use rnats_proto::jwt::{self, AccountClaims, OperatorClaims, UserClaims};
use rnats_proto::nkeys::{self, KeyPair, KeyRole};
use serde::{Deserialize, Serialize};

/// The three directories nsc works in.
#[derive(Debug, Clone)]
pub struct Dirs {
    /// Holds `nsc.json`.
    pub config: PathBuf,
    /// Holds one directory per operator.
    pub data: PathBuf,
    /// Holds `keys/` and `creds/`.
    pub keys: PathBuf,
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn env_dir(var: &str, default: impl FnOnce() -> PathBuf) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => default(),
    }
}

impl Dirs {
    /// Resolves the directories from flags and the environment.
    pub fn resolve(
        all: Option<&Path>,
        config: Option<&Path>,
        data: Option<&Path>,
        keys: Option<&Path>,
    ) -> Dirs {
        let xdg_config = env_dir("XDG_CONFIG_HOME", || home().join(".config"));
        let xdg_data = env_dir("XDG_DATA_HOME", || home().join(".local").join("share"));
        let pick = |flag: Option<&Path>, default: PathBuf| {
            flag.or(all).map(Path::to_path_buf).unwrap_or(default)
        };
        let default_keys = match std::env::var_os("NKEYS_PATH") {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => xdg_data.join("nats").join("nsc").join("keys"),
        };
        Dirs {
            config: pick(config, xdg_config.join("nats").join("nsc")),
            data: pick(data, xdg_data.join("nats").join("nsc").join("stores")),
            keys: pick(keys, default_keys),
        }
    }

    fn config_file(&self) -> PathBuf {
        self.config.join("nsc.json")
    }
}

/// `nsc.json`: the current operator and account.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NscConfig {
    /// Where the operator stores live.
    #[serde(default)]
    pub store_root: String,
    /// Current operator.
    #[serde(default)]
    pub operator: String,
    /// Current account.
    #[serde(default)]
    pub account: String,
}

/// `.nsc` in an operator's directory.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoreInfo {
    managed: bool,
    name: String,
    kind: String,
    version: String,
}

/// Writes `data` to `path` (creating parents) with mode `mode` on unix.
pub fn write_file(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(path, data).with_context(|| format!("writing {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .with_context(|| format!("setting permissions of {}", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    Ok(())
}

/// Sorted names of the subdirectories of `dir` (none when it does not exist).
fn subdirs(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.'))
        .collect();
    out.sort();
    out
}

/// A name as a file name: nsc trims it and otherwise keeps it.
pub fn safe_name(name: &str) -> Result<&str> {
    let n = name.trim();
    if n.is_empty() {
        bail!("name cannot be empty");
    }
    if n.contains('/') || n.contains('\\') || n == "." || n == ".." {
        bail!("name {n:?} cannot contain path separators");
    }
    Ok(n)
}

/// The whole environment: directories, config, keystore.
#[derive(Debug, Clone)]
pub struct Env {
    /// Directories.
    pub dirs: Dirs,
    /// Loaded `nsc.json` (defaults when absent).
    pub config: NscConfig,
}

impl Env {
    /// Loads `nsc.json` when present.
    pub fn load(dirs: Dirs) -> Result<Env> {
        let path = dirs.config_file();
        let config = match std::fs::read(&path) {
            Ok(b) => {
                serde_json::from_slice(&b).with_context(|| format!("parsing {}", path.display()))?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => NscConfig::default(),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        Ok(Env { dirs, config })
    }

    /// Saves `nsc.json` (store_root is always the data dir in use).
    pub fn save(&mut self) -> Result<()> {
        self.config.store_root = self.dirs.data.display().to_string();
        let mut json = serde_json::to_vec_pretty(&self.config)?;
        json.push(b'\n');
        write_file(&self.dirs.config_file(), &json, 0o644)
    }

    /// Operator names in the data dir.
    pub fn operators(&self) -> Vec<String> {
        subdirs(&self.dirs.data)
            .into_iter()
            .filter(|n| self.dirs.data.join(n).join(".nsc").exists())
            .collect()
    }

    /// The operator store named `name`, or the current one (the only one when there is one).
    pub fn store(&self, name: Option<&str>) -> Result<Store> {
        let name = match name {
            Some(n) => n.to_owned(),
            None if !self.config.operator.is_empty()
                && self.dirs.data.join(&self.config.operator).exists() =>
            {
                self.config.operator.clone()
            }
            None => {
                let ops = self.operators();
                match ops.as_slice() {
                    [one] => one.clone(),
                    [] => bail!("no operator found - run 'nsc add operator' or 'nsc init'"),
                    _ => bail!("set an operator with --operator or 'nsc select operator'"),
                }
            }
        };
        let dir = self.dirs.data.join(safe_name(&name)?);
        if !dir.join(".nsc").exists() {
            bail!(
                "operator {name:?} not found in {}",
                self.dirs.data.display()
            );
        }
        Ok(Store {
            name,
            dir,
            keys: self.keystore(),
        })
    }

    /// Creates the directory of a new operator store.
    pub fn create_store(&self, name: &str) -> Result<Store> {
        let name = safe_name(name)?;
        let dir = self.dirs.data.join(name);
        if dir.join(".nsc").exists() {
            bail!(
                "operator {name:?} already exists in {}",
                self.dirs.data.display()
            );
        }
        let info = StoreInfo {
            managed: false,
            name: name.to_owned(),
            kind: "operator".into(),
            version: "1".into(),
        };
        std::fs::create_dir_all(dir.join("accounts"))
            .with_context(|| format!("creating {}", dir.display()))?;
        write_file(&dir.join(".nsc"), &serde_json::to_vec(&info)?, 0o644)?;
        Ok(Store {
            name: name.to_owned(),
            dir,
            keys: self.keystore(),
        })
    }

    /// The keystore.
    pub fn keystore(&self) -> KeyStore {
        KeyStore {
            root: self.dirs.keys.clone(),
        }
    }
}

/// Seeds and creds files.
#[derive(Debug, Clone)]
pub struct KeyStore {
    /// Holds `keys/` and `creds/`.
    pub root: PathBuf,
}

impl KeyStore {
    /// Path of the seed file of `public`.
    pub fn key_path(&self, public: &str) -> PathBuf {
        let kind = public.get(..1).unwrap_or("_");
        let shard = public.get(1..3).unwrap_or("__");
        self.root
            .join("keys")
            .join(kind)
            .join(shard)
            .join(format!("{public}.nk"))
    }

    fn ensure(&self) -> Result<()> {
        std::fs::create_dir_all(self.root.join("keys"))?;
        std::fs::create_dir_all(self.root.join("creds"))?;
        let ignore = self.root.join(".gitignore");
        if !ignore.exists() && std::env::var_os("NSC_NO_GIT_IGNORE").is_none() {
            write_file(
                &ignore,
                b"# ignore all nk files \n**/*.nk\n\n# ignore all creds files\n**/*.creds\n",
                0o600,
            )?;
        }
        Ok(())
    }

    /// Stores a seed (an existing, different seed for the same key is an error).
    pub fn store(&self, kp: &KeyPair) -> Result<PathBuf> {
        self.ensure()?;
        let path = self.key_path(&kp.public_key());
        let seed = kp.seed();
        match std::fs::read_to_string(&path) {
            Ok(existing) if existing.trim() == seed => Ok(path),
            Ok(_) => bail!("key {} already exists and is different", path.display()),
            Err(_) => {
                write_file(&path, seed.as_bytes(), 0o600)?;
                Ok(path)
            }
        }
    }

    /// The key pair of `public`, when its seed is stored.
    pub fn get(&self, public: &str) -> Option<KeyPair> {
        let text = std::fs::read_to_string(self.key_path(public)).ok()?;
        let kp = KeyPair::from_seed(text.trim()).ok()?;
        (kp.public_key() == public).then_some(kp)
    }

    /// Removes the seed of `public`.
    pub fn remove(&self, public: &str) -> Result<()> {
        let p = self.key_path(public);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("removing {}", p.display()))?;
        }
        Ok(())
    }

    /// Every stored public key.
    pub fn all(&self) -> Vec<String> {
        let mut out = Vec::new();
        for kind in subdirs(&self.root.join("keys")) {
            for shard in subdirs(&self.root.join("keys").join(&kind)) {
                let dir = self.root.join("keys").join(&kind).join(shard);
                for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                    if let Some(n) = e.file_name().to_str().and_then(|n| n.strip_suffix(".nk")) {
                        out.push(n.to_owned());
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// Path of a user's creds file.
    pub fn creds_path(&self, operator: &str, account: &str, user: &str) -> PathBuf {
        self.root
            .join("creds")
            .join(operator)
            .join(account)
            .join(format!("{user}.creds"))
    }
}

/// One operator's directory.
#[derive(Debug, Clone)]
pub struct Store {
    /// Operator name (directory name).
    pub name: String,
    /// `<data>/<operator>`.
    pub dir: PathBuf,
    /// The keystore.
    pub keys: KeyStore,
}

fn read_token(path: &Path) -> Result<String> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.trim().to_owned())
}

impl Store {
    /// Path of the operator JWT.
    pub fn operator_path(&self) -> PathBuf {
        self.dir.join(format!("{}.jwt", self.name))
    }

    /// Path of an account JWT.
    pub fn account_path(&self, account: &str) -> PathBuf {
        self.dir
            .join("accounts")
            .join(account)
            .join(format!("{account}.jwt"))
    }

    /// Path of a user JWT.
    pub fn user_path(&self, account: &str, user: &str) -> PathBuf {
        self.dir
            .join("accounts")
            .join(account)
            .join("users")
            .join(format!("{user}.jwt"))
    }

    /// The raw operator JWT.
    pub fn operator_token(&self) -> Result<String> {
        read_token(&self.operator_path())
    }

    /// The operator claims.
    pub fn operator(&self) -> Result<OperatorClaims> {
        OperatorClaims::decode(&self.operator_token()?).context("decoding the operator JWT")
    }

    /// Writes the operator JWT.
    pub fn write_operator(&self, token: &str) -> Result<()> {
        write_file(&self.operator_path(), token.as_bytes(), 0o644)
    }

    /// Account names.
    pub fn accounts(&self) -> Vec<String> {
        subdirs(&self.dir.join("accounts"))
            .into_iter()
            .filter(|a| self.account_path(a).exists())
            .collect()
    }

    /// The raw account JWT.
    pub fn account_token(&self, account: &str) -> Result<String> {
        let p = self.account_path(safe_name(account)?);
        if !p.exists() {
            bail!(
                "account {account:?} does not exist in operator {:?}",
                self.name
            );
        }
        read_token(&p)
    }

    /// The account claims.
    pub fn account(&self, account: &str) -> Result<AccountClaims> {
        AccountClaims::decode(&self.account_token(account)?)
            .with_context(|| format!("decoding the JWT of account {account:?}"))
    }

    /// Writes an account JWT.
    pub fn write_account(&self, name: &str, token: &str) -> Result<()> {
        write_file(
            &self.account_path(safe_name(name)?),
            token.as_bytes(),
            0o644,
        )
    }

    /// The account name whose public key is `key`.
    pub fn account_name_by_key(&self, key: &str) -> Option<String> {
        self.accounts()
            .into_iter()
            .find(|a| self.account(a).is_ok_and(|c| c.data.subject == key))
    }

    /// User names of `account`.
    pub fn users(&self, account: &str) -> Vec<String> {
        let dir = self.dir.join("accounts").join(account).join("users");
        let mut out: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".jwt"))
                    .map(str::to_owned)
            })
            .collect();
        out.sort();
        out
    }

    /// The raw user JWT.
    pub fn user_token(&self, account: &str, user: &str) -> Result<String> {
        let p = self.user_path(safe_name(account)?, safe_name(user)?);
        if !p.exists() {
            bail!("user {user:?} not found in account {account:?}");
        }
        read_token(&p)
    }

    /// The user claims.
    pub fn user(&self, account: &str, user: &str) -> Result<UserClaims> {
        UserClaims::decode(&self.user_token(account, user)?)
            .with_context(|| format!("decoding the JWT of user {user:?}"))
    }

    /// Writes a user JWT.
    pub fn write_user(&self, account: &str, name: &str, token: &str) -> Result<()> {
        write_file(
            &self.user_path(safe_name(account)?, safe_name(name)?),
            token.as_bytes(),
            0o644,
        )
    }

    /// The key that signs accounts: the operator's own seed, else a signing key's; with
    /// strict signing key usage only a signing key.
    pub fn operator_signer(&self, op: &OperatorClaims, wanted: Option<&str>) -> Result<KeyPair> {
        if let Some(w) = wanted {
            return resolve_signer(&self.keys, w, |pk| op.did_sign(pk));
        }
        let strict = op.nats.strict_signing_key_usage;
        let candidates = (!strict)
            .then_some(op.data.subject.as_str())
            .into_iter()
            .chain(op.nats.signing_keys.iter().map(String::as_str));
        for k in candidates {
            if let Some(kp) = self.keys.get(k) {
                return Ok(kp);
            }
        }
        Err(anyhow!(
            "unable to find an operator key to sign with - the operator's seed is not in the keystore"
        ))
    }

    /// The key that signs users of `acc`: the account's seed, else a plain signing key's.
    pub fn account_signer(&self, acc: &AccountClaims, wanted: Option<&str>) -> Result<KeyPair> {
        if let Some(w) = wanted {
            // A scoped key may be named by its role (nsc's `-K role`).
            let by_role = crate::scoped_sk::key_by_role(&self.keys, &acc.nats.signing_keys, w);
            let w = by_role.as_deref().unwrap_or(w);
            return resolve_signer(&self.keys, w, |pk| acc.did_sign(pk));
        }
        let candidates = std::iter::once(acc.data.subject.as_str()).chain(
            acc.nats
                .signing_keys
                .0
                .iter()
                .filter(|(_, s)| s.is_none())
                .map(|(k, _)| k.as_str()),
        );
        for k in candidates {
            if let Some(kp) = self.keys.get(k) {
                return Ok(kp);
            }
        }
        Err(anyhow!(
            "unable to find a key to sign users of account {:?} - its seed is not in the keystore",
            acc.data.name
        ))
    }

    /// Resolves an account name, or the current/only one.
    pub fn account_name(&self, given: Option<&str>, current: &str) -> Result<String> {
        if let Some(a) = given {
            return Ok(a.to_owned());
        }
        if !current.is_empty() && self.account_path(current).exists() {
            return Ok(current.to_owned());
        }
        match self.accounts().as_slice() {
            [one] => Ok(one.clone()),
            [] => bail!("no accounts defined - add one first"),
            _ => {
                bail!("an account is required - specify one with --account or 'nsc select account'")
            }
        }
    }
}

/// `-K`: a seed, a public key whose seed is stored, or a file holding a seed.
pub fn resolve_signer(
    keys: &KeyStore,
    value: &str,
    allowed: impl Fn(&str) -> bool,
) -> Result<KeyPair> {
    let kp = if let Ok(kp) = KeyPair::from_seed(value) {
        kp
    } else if nkeys::decode_public(value).is_ok() {
        keys.get(value)
            .ok_or_else(|| anyhow!("the seed of {value} is not in the keystore"))?
    } else {
        let text = std::fs::read_to_string(value)
            .with_context(|| format!("{value:?} is not a seed, a public key or a readable file"))?;
        rnats_proto::client::auth::parse_seed_file(&text).map_err(|e| anyhow!("{value}: {e}"))?
    };
    if !allowed(&kp.public_key()) {
        bail!("{} is not a valid signer here", kp.public_key());
    }
    Ok(kp)
}

/// Generates a key for `role` and stores its seed.
pub fn new_stored_key(keys: &KeyStore, role: KeyRole) -> Result<KeyPair> {
    let kp = KeyPair::new(role).map_err(|e| anyhow!("generating a key: {e}"))?;
    keys.store(&kp)?;
    Ok(kp)
}

/// Decoded claims of a token read from a file (plain or decorated).
pub fn token_from_text(text: &str) -> Result<String> {
    let t = text.trim();
    let token = t
        .lines()
        .map(str::trim)
        .find(|l| l.split('.').count() == 3 && !l.starts_with('-'))
        .unwrap_or(t);
    jwt::decode(token).map_err(|e| anyhow!("{e}"))?;
    Ok(token.to_owned())
}
