//! natscli's configuration contexts, on disk exactly as natscli (jsm.go `natscontext`) keeps
//! them, so a user's contexts work unchanged and contexts made here work with natscli.
//!
//! Layout: `$XDG_CONFIG_HOME/nats`, else `~/.config/nats`; one JSON file per context in
//! `context/NAME.json` (mode 0600, directory 0700), the selected name in `context.txt`, the
//! one it replaced in `previous-context.txt`. The JSON is Go's `json.MarshalIndent` of
//! natscontext's settings struct: every key always present, in struct order, two-space indent,
//! no trailing newline, `<`/`>`/`&` escaped as Go does. Reading ignores unknown keys and accepts
//! missing ones. What natscli's commands do with a context (flags, env overrides, connecting)
//! lives in rnats-cli's `options.rs`, its `context` subcommands in `ctx_cmd.rs`; nats-top's
//! `-context` reads the same files through this module.

use serde::{Deserialize, Serialize};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// `nats.DefaultURL`: the server when neither a flag nor a context names one.
pub const DEFAULT_URL: &str = "nats://127.0.0.1:4222";

/// Errors of the context store, worded like natscontext's.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    /// The name is empty, contains `..` or a path separator.
    #[error("invalid context name: {0}")]
    InvalidName(String),
    /// No file for this name.
    #[error("context not found: {0:?}")]
    NotFound(String),
    /// The active context cannot be removed while others exist.
    #[error("cannot operate on active context: {0:?} is the active context")]
    Active(String),
    /// More than one kind of credential is set.
    #[error(
        "too many types of credentials. Choose only one from 'user/token', 'creds', 'nkey', 'nsc'"
    )]
    TooManyCredentials,
    /// Neither `XDG_CONFIG_HOME` nor `HOME` is set.
    #[error("cannot determine home directory")]
    NoHome,
    /// The file is not valid context JSON.
    #[error("invalid context {name:?}: {source}")]
    Json {
        /// The context name.
        name: String,
        /// The parse error.
        source: serde_json::Error,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// One context: natscontext's `settings` struct, field for field and in its order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Only in `context info --json` / `ls --json` output; never stored (natscontext clears
    /// it before saving, and its tag is `omitempty`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Friendly description.
    pub description: String,
    /// Comma-separated server URLs.
    pub url: String,
    /// SOCKS5 proxy URL.
    pub socks_proxy: String,
    /// Token (or a credential reference).
    pub token: String,
    /// User name.
    pub user: String,
    /// Password (or a credential reference).
    pub password: String,
    /// `.creds` file (or a credential reference).
    pub creds: String,
    /// Nkey seed file (or a credential reference).
    pub nkey: String,
    /// TLS client certificate file.
    pub cert: String,
    /// TLS client key file.
    pub key: String,
    /// TLS CA file.
    pub ca: String,
    /// Deprecated nsc lookup (`operator/account/user`); saving moves it into `creds` as
    /// `nsc://...`.
    pub nsc: String,
    /// JetStream domain.
    pub jetstream_domain: String,
    /// JetStream API prefix.
    pub jetstream_api_prefix: String,
    /// JetStream event prefix.
    pub jetstream_event_prefix: String,
    /// Custom inbox prefix.
    pub inbox_prefix: String,
    /// Inline user JWT (or a credential reference).
    pub user_jwt: String,
    /// Inline user seed (or a credential reference).
    pub user_seed: String,
    /// natscli table colour scheme.
    pub color_scheme: String,
    /// TLS before the server's INFO.
    pub tls_first: bool,
    /// Windows certificate store (`user`, `machine`).
    pub windows_cert_store: String,
    /// How to match the certificate (`subject`, `issuer`).
    pub windows_cert_match_by: String,
    /// The certificate match query.
    pub windows_cert_match: String,
    /// CA certificates to take from the store; Go writes `null` for an unset list.
    pub windows_ca_certs_match: Option<Vec<String>>,
}

impl Settings {
    /// Parses a context file's JSON.
    pub fn from_json(name: &str, data: &[u8]) -> Result<Settings, ContextError> {
        serde_json::from_slice(data).map_err(|source| ContextError::Json {
            name: name.to_string(),
            source,
        })
    }

    /// The JSON text natscontext writes (Go's `MarshalIndent(settings, "", "  ")`).
    pub fn to_go_json(&self) -> String {
        crate::monitor::format::to_go_json(self, true)
            .map(|v| String::from_utf8_lossy(&v).into_owned())
            .unwrap_or_default()
    }

    /// The server URL list, `nats://127.0.0.1:4222` when unset.
    pub fn server_url(&self) -> &str {
        if self.url.is_empty() {
            DEFAULT_URL
        } else {
            &self.url
        }
    }

    /// natscontext's `Validate` credential rule: at most one of user, creds, nkey, nsc, jwt.
    pub fn validate(&self) -> Result<(), ContextError> {
        let kinds = [
            &self.user,
            &self.creds,
            &self.nkey,
            &self.nsc,
            &self.user_jwt,
        ]
        .iter()
        .filter(|v| !v.is_empty())
        .count();
        if kinds > 1 {
            return Err(ContextError::TooManyCredentials);
        }
        Ok(())
    }

    /// Expands `~` and `$VAR` in the path-bearing fields, as natscontext does after loading.
    pub fn expand_paths(&mut self) {
        for field in [
            &mut self.creds,
            &mut self.nkey,
            &mut self.cert,
            &mut self.key,
            &mut self.ca,
        ] {
            *field = expand_home(field);
        }
    }
}

/// `os.ExpandEnv` then a leading `~` to the home directory (natscontext's `expandHomedir`).
pub fn expand_home(path: &str) -> String {
    let expanded = expand_env(path);
    if let Some(rest) = expanded.strip_prefix('~') {
        if let Some(home) = std::env::var_os("HOME") {
            return format!("{}{rest}", home.to_string_lossy());
        }
    }
    expanded
}

/// Go's `os.ExpandEnv`: `$VAR` and `${VAR}`, unset variables become empty.
fn expand_env(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let (name, tail) = if let Some(braced) = after.strip_prefix('{') {
            match braced.find('}') {
                Some(end) => (&braced[..end], &braced[end + 1..]),
                None => {
                    // Go drops a lone "${" with no closing brace.
                    ("", "")
                }
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if end == 0 {
                out.push('$');
                rest = after;
                continue;
            }
            (&after[..end], &after[end..])
        };
        if !name.is_empty() {
            out.push_str(&std::env::var(name).unwrap_or_default());
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// natscontext's `ValidateName`.
pub fn validate_name(name: &str) -> Result<(), ContextError> {
    if name.is_empty() {
        return Err(ContextError::InvalidName("name is empty".to_string()));
    }
    if name.contains("..") {
        return Err(ContextError::InvalidName(format!(
            "{name:?} must not contain \"..\""
        )));
    }
    if name.contains('/') || name.contains('\\') {
        return Err(ContextError::InvalidName(format!(
            "{name:?} must not contain \"/\" or \"\\\""
        )));
    }
    Ok(())
}

/// The context directory tree (`<config>/nats`).
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// The store under `$XDG_CONFIG_HOME/nats`, else `$HOME/.config/nats`.
    pub fn from_env() -> Result<Store, ContextError> {
        let parent = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
            Some(xdg) => PathBuf::from(xdg),
            None => std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
                .ok_or(ContextError::NoHome)?,
        };
        Ok(Store::at(parent))
    }

    /// The store under `<parent>/nats`.
    pub fn at(parent: impl Into<PathBuf>) -> Store {
        Store {
            root: parent.into().join("nats"),
        }
    }

    fn context_dir(&self) -> PathBuf {
        self.root.join("context")
    }

    /// The file of context `name`.
    pub fn path(&self, name: &str) -> PathBuf {
        self.context_dir().join(format!("{name}.json"))
    }

    /// Known context names, sorted; empty files, other extensions and invalid names are
    /// skipped, as natscontext does.
    pub fn list(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.context_dir()) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                e.metadata()
                    .map(|m| m.is_file() && m.len() > 0)
                    .unwrap_or(false)
            })
            .filter_map(|e| {
                let file = e.file_name().to_string_lossy().into_owned();
                file.strip_suffix(".json").map(str::to_string)
            })
            .filter(|n| validate_name(n).is_ok())
            .collect();
        names.sort();
        names
    }

    /// Whether a context of this name exists.
    pub fn known(&self, name: &str) -> bool {
        validate_name(name).is_ok() && self.path(name).is_file()
    }

    /// Reads a context as stored (no expansion).
    pub fn load_raw(&self, name: &str) -> Result<Settings, ContextError> {
        validate_name(name)?;
        let path = self.path(name);
        let data = match std::fs::read(&path) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ContextError::NotFound(name.to_string()))
            }
            Err(source) => return Err(ContextError::Io { path, source }),
        };
        Settings::from_json(name, &data)
    }

    /// Reads a context and expands `~`/`$VAR` in its paths.
    pub fn load(&self, name: &str) -> Result<Settings, ContextError> {
        let mut s = self.load_raw(name)?;
        s.expand_paths();
        Ok(s)
    }

    /// Writes a context the way natscontext's `Registry.Save` does: the deprecated `nsc` field
    /// folded into `creds`, validated, `name` cleared, atomically with mode 0600.
    pub fn save(&self, name: &str, settings: &Settings) -> Result<(), ContextError> {
        validate_name(name)?;
        let mut s = settings.clone();
        if !s.nsc.is_empty() {
            if s.creds.is_empty() {
                s.creds = if s.nsc.starts_with("nsc://") {
                    s.nsc.clone()
                } else {
                    format!("nsc://{}", s.nsc)
                };
            }
            s.nsc.clear();
        }
        s.validate()?;
        s.name = None;
        let dir = self.context_dir();
        create_private_dir(&dir)?;
        write_atomic(&self.path(name), s.to_go_json().as_bytes())
    }

    /// Removes a context. The selected one only when it is the last (and then the selection
    /// is cleared too), as natscontext's `Registry.Delete`.
    pub fn delete(&self, name: &str) -> Result<(), ContextError> {
        validate_name(name)?;
        let active = self.selected().as_deref() == Some(name);
        if active && self.list().len() > 1 {
            return Err(ContextError::Active(name.to_string()));
        }
        let path = self.path(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(ContextError::Io { path, source }),
        }
        if active {
            self.set_selected(None)?;
        }
        Ok(())
    }

    fn read_name(&self, file: &str) -> Option<String> {
        let text = std::fs::read_to_string(self.root.join(file)).ok()?;
        let name = text.trim();
        (!name.is_empty()).then(|| name.to_string())
    }

    /// The selected context (`context.txt`).
    pub fn selected(&self) -> Option<String> {
        self.read_name("context.txt")
    }

    /// The previously selected context (`previous-context.txt`).
    pub fn previous(&self) -> Option<String> {
        self.read_name("previous-context.txt")
    }

    /// Selects `name` (or clears the selection), recording the replaced selection in
    /// `previous-context.txt`; returns the replaced selection.
    pub fn set_selected(&self, name: Option<&str>) -> Result<Option<String>, ContextError> {
        create_private_dir(&self.root)?;
        let previous = self.selected();
        if let Some(p) = &previous {
            write_atomic(&self.root.join("previous-context.txt"), p.as_bytes())?;
        }
        let file = self.root.join("context.txt");
        match name {
            None => match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(ContextError::Io { path: file, source }),
            },
            Some(n) => write_atomic(&file, n.as_bytes())?,
        }
        Ok(previous)
    }

    /// Selects an existing context.
    pub fn select(&self, name: &str) -> Result<Option<String>, ContextError> {
        validate_name(name)?;
        if !self.known(name) {
            return Err(ContextError::NotFound(name.to_string()));
        }
        self.set_selected(Some(name))
    }
}

fn create_private_dir(dir: &Path) -> Result<(), ContextError> {
    let io = |source| ContextError::Io {
        path: dir.to_path_buf(),
        source,
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(io)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir).map_err(io)
    }
}

/// Writes through a temporary file in the same directory and renames it over `path`.
fn write_atomic(path: &Path, data: &[u8]) -> Result<(), ContextError> {
    let io = |source| ContextError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        fastrand::u32(..)
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let result = (|| {
        let mut f = opts.open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Where a credential value comes from (natscontext's resolver schemes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialSource {
    /// A file path (bare, `~`-expanded, or `file://`).
    File(PathBuf),
    /// `env://NAME`: the variable's value.
    Env(String),
    /// `data:[;base64],...`: inline content.
    Data(Vec<u8>),
    /// A scheme rnats cannot resolve (`op://` needs the 1Password CLI, `nsc://` the nsc tool).
    Unsupported(String),
}

impl CredentialSource {
    /// Classifies a credential reference.
    pub fn parse(value: &str) -> Result<CredentialSource, String> {
        if let Some(path) = value.strip_prefix("file://") {
            if path.is_empty() {
                return Err("empty file:// reference".to_string());
            }
            return Ok(CredentialSource::File(PathBuf::from(expand_home(path))));
        }
        if let Some(var) = value.strip_prefix("env://") {
            return Ok(CredentialSource::Env(var.to_string()));
        }
        if let Some(rest) = value.strip_prefix("data:") {
            let (meta, payload) = rest
                .split_once(',')
                .ok_or_else(|| "invalid data: reference, no ','".to_string())?;
            if meta.ends_with(";base64") {
                let data = data_encoding::BASE64
                    .decode(payload.trim().as_bytes())
                    .map_err(|e| format!("invalid base64 in data: reference: {e}"))?;
                return Ok(CredentialSource::Data(data));
            }
            return Err("data: references must be base64 encoded (data:;base64,...)".to_string());
        }
        for scheme in ["op://", "nsc://"] {
            if value.starts_with(scheme) {
                return Ok(CredentialSource::Unsupported(scheme.to_string()));
            }
        }
        Ok(CredentialSource::File(PathBuf::from(expand_home(value))))
    }

    /// The credential's bytes.
    pub fn read(&self) -> Result<Vec<u8>, String> {
        match self {
            CredentialSource::File(p) => {
                std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))
            }
            CredentialSource::Env(var) => std::env::var(var)
                .map(String::into_bytes)
                .map_err(|_| format!("environment variable {var} is not set")),
            CredentialSource::Data(d) => Ok(d.clone()),
            CredentialSource::Unsupported(scheme) => Err(format!(
                "{scheme} credential references are not supported by rnats yet"
            )),
        }
    }
}

/// Resolves a literal credential (token, password, JWT, seed): `env://`, `data:`, `file://`
/// references are read; a bare value is the literal itself.
pub fn resolve_literal(value: &str) -> Result<String, String> {
    let is_reference = ["file://", "env://", "data:", "op://", "nsc://"]
        .iter()
        .any(|p| value.starts_with(p));
    if !is_reference {
        return Ok(value.to_string());
    }
    let bytes = CredentialSource::parse(value)?.read()?;
    Ok(String::from_utf8_lossy(&bytes).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_every_key_in_natscontext_order() {
        let s = Settings {
            url: "nats://a:4222".into(),
            description: "x <y> & z".into(),
            ..Settings::default()
        };
        let json = s.to_go_json();
        let keys: Vec<String> = json
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"'))
            .filter_map(|l| l.split_once('"').map(|(k, _)| k.to_string()))
            .collect();
        assert_eq!(
            keys,
            [
                "description",
                "url",
                "socks_proxy",
                "token",
                "user",
                "password",
                "creds",
                "nkey",
                "cert",
                "key",
                "ca",
                "nsc",
                "jetstream_domain",
                "jetstream_api_prefix",
                "jetstream_event_prefix",
                "inbox_prefix",
                "user_jwt",
                "user_seed",
                "color_scheme",
                "tls_first",
                "windows_cert_store",
                "windows_cert_match_by",
                "windows_cert_match",
                "windows_ca_certs_match"
            ]
        );
        assert!(json.contains("\"description\": \"x \\u003cy\\u003e \\u0026 z\""));
        assert!(json.contains("\"windows_ca_certs_match\": null"));
        assert!(json.starts_with("{\n  \"description\""));
        assert!(json.ends_with("null\n}"));
    }

    #[test]
    fn reads_partial_and_unknown_keys() {
        let s =
            Settings::from_json("t", br#"{"url":"nats://x:1","future_key":5}"#).expect("parses");
        assert_eq!(s.url, "nats://x:1");
        assert_eq!(s.server_url(), "nats://x:1");
        assert_eq!(Settings::default().server_url(), DEFAULT_URL);
        assert!(Settings::from_json("t", b"{").is_err());
    }

    #[test]
    fn names_are_validated() {
        for ok in ["a", "ngs.js", "my-ctx_1"] {
            assert!(validate_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a/b", "..", "x..y", "a\\b"] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn store_round_trip_and_selection() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path());
        assert!(store.list().is_empty());
        assert_eq!(store.selected(), None);
        let s = Settings {
            url: "nats://one:4222".into(),
            name: Some("ignored".into()),
            ..Settings::default()
        };
        store.save("one", &s).expect("save");
        store.save("two", &Settings::default()).expect("save");
        assert_eq!(store.list(), ["one", "two"]);
        let text = std::fs::read_to_string(store.path("one")).expect("file");
        assert!(!text.contains("\"name\""), "{text}");
        assert_eq!(store.load("one").expect("load").url, "nats://one:4222");

        assert_eq!(store.select("one").expect("select"), None);
        assert_eq!(store.select("two").expect("select"), Some("one".into()));
        assert_eq!(store.selected().as_deref(), Some("two"));
        assert_eq!(store.previous().as_deref(), Some("one"));
        assert!(matches!(
            store.select("three"),
            Err(ContextError::NotFound(_))
        ));

        assert!(matches!(store.delete("two"), Err(ContextError::Active(_))));
        store.delete("one").expect("delete");
        store.delete("two").expect("delete the last, selected one");
        assert_eq!(store.selected(), None);
        assert!(store.list().is_empty());

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            store.save("p", &Settings::default()).expect("save");
            let mode = std::fs::metadata(store.path("p"))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn save_validates_and_migrates_nsc() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path());
        let two_kinds = Settings {
            user: "u".into(),
            creds: "/x.creds".into(),
            ..Settings::default()
        };
        assert!(matches!(
            store.save("bad", &two_kinds),
            Err(ContextError::TooManyCredentials)
        ));
        let legacy = Settings {
            nsc: "nsc://op/acc/user".into(),
            ..Settings::default()
        };
        store.save("legacy", &legacy).expect("save");
        let back = store.load_raw("legacy").expect("load");
        assert_eq!(back.creds, "nsc://op/acc/user");
        assert_eq!(back.nsc, "");
    }

    #[test]
    fn credential_sources() {
        assert_eq!(
            CredentialSource::parse("data:;base64,aGVsbG8="),
            Ok(CredentialSource::Data(b"hello".to_vec()))
        );
        assert_eq!(
            CredentialSource::parse("env://MY_TOKEN"),
            Ok(CredentialSource::Env("MY_TOKEN".into()))
        );
        assert_eq!(
            CredentialSource::parse("file:///etc/x.creds"),
            Ok(CredentialSource::File("/etc/x.creds".into()))
        );
        assert_eq!(
            CredentialSource::parse("/etc/y.nk"),
            Ok(CredentialSource::File("/etc/y.nk".into()))
        );
        assert!(matches!(
            CredentialSource::parse("op://vault/item/field"),
            Ok(CredentialSource::Unsupported(_))
        ));
        assert_eq!(resolve_literal("s3cret").as_deref(), Ok("s3cret"));
        assert_eq!(resolve_literal("data:;base64,YWJj").as_deref(), Ok("abc"));
        assert!(resolve_literal("data:,abc").is_err());
    }

    #[test]
    fn env_expansion() {
        assert_eq!(expand_env("plain"), "plain");
        assert_eq!(expand_env("a$"), "a$");
        assert_eq!(
            expand_env("$RNATS_SURELY_UNSET_VAR/x"),
            "/x",
            "unset variables expand to nothing"
        );
    }
}
