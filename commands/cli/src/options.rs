//! natscli's global connection flags and how they combine with a context.
//!
//! Precedence is natscli's: a flag, else its environment variable (clap reads `NATS_URL`,
//! `NATS_USER`, ... for the flag, so an exported variable overrides a context exactly as a flag
//! does), else the selected context (`--context NAME`, `NATS_CONTEXT`, or `context.txt`, unless
//! `--no-context`), else the default. `--context` also takes a path to a `.json` file. The
//! result is a [`Settings`] (the effective context) plus the few per-invocation values
//! (connection name, timeout, trace), which `connect.rs` turns into the client's options.

use crate::kit::duration;
use clap::Args;
use rnats_proto::kit::context::{ContextError, Settings, Store};
use std::path::PathBuf;
use std::time::Duration;

/// natscli's table colour schemes (`--colors`, `color_scheme`).
pub const COLOR_SCHEMES: &[&str] = &[
    "rounded", "double", "yellow", "blue", "cyan", "green", "magenta", "red",
];

/// The connection flags every natscli command accepts (they may appear anywhere on the line).
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalOpts {
    /// NATS server urls
    #[arg(
        short = 's',
        long = "server",
        env = "NATS_URL",
        hide_env_values = true,
        value_name = "URL",
        global = true
    )]
    pub server: Option<String>,

    /// Username or Token
    #[arg(
        long,
        env = "NATS_USER",
        hide_env_values = true,
        value_name = "USER",
        global = true
    )]
    pub user: Option<String>,

    /// Password
    #[arg(
        long,
        env = "NATS_PASSWORD",
        hide_env_values = true,
        value_name = "PASSWORD",
        global = true
    )]
    pub password: Option<String>,

    /// Token
    #[arg(
        long,
        env = "NATS_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN",
        global = true
    )]
    pub token: Option<String>,

    /// Nickname to use for the underlying NATS Connection
    #[arg(long = "connection-name", value_name = "NAME", global = true,
          default_value = default_connection_name())]
    pub connection_name: String,

    /// User credentials
    #[arg(
        long,
        env = "NATS_CREDS",
        hide_env_values = true,
        value_name = "LOCATION",
        global = true
    )]
    pub creds: Option<String>,

    /// User NKEY
    #[arg(
        long,
        env = "NATS_NKEY",
        hide_env_values = true,
        value_name = "LOCATION",
        global = true
    )]
    pub nkey: Option<String>,

    /// User JWT
    #[arg(
        long,
        env = "NATS_JWT",
        hide_env_values = true,
        value_name = "LOCATION",
        global = true
    )]
    pub jwt: Option<String>,

    /// User seed
    #[arg(
        long,
        env = "NATS_SEED",
        hide_env_values = true,
        value_name = "LOCATION",
        global = true
    )]
    pub seed: Option<String>,

    /// TLS public certificate
    #[arg(long, env = "NATS_CERT", hide_env_values = true, value_name = "FILE", global = true,
          value_parser = existing_file)]
    pub tlscert: Option<PathBuf>,

    /// TLS private key
    #[arg(long, env = "NATS_KEY", hide_env_values = true, value_name = "FILE", global = true,
          value_parser = existing_file)]
    pub tlskey: Option<PathBuf>,

    /// TLS certificate authority chain
    #[arg(long, env = "NATS_CA", hide_env_values = true, value_name = "FILE", global = true,
          value_parser = existing_file)]
    pub tlsca: Option<PathBuf>,

    /// Perform TLS handshake before expecting the server greeting
    #[arg(long, alias = "tls-first", global = true)]
    pub tlsfirst: bool,

    /// Time to wait on responses from NATS
    #[arg(long, env = "NATS_TIMEOUT", hide_env_values = true, value_name = "DURATION", global = true,
          default_value = "5s", value_parser = duration::parse)]
    pub timeout: Duration,

    /// SOCKS5 proxy for connecting to NATS server
    #[arg(
        long = "socks-proxy",
        env = "NATS_SOCKS_PROXY",
        hide_env_values = true,
        value_name = "PROXY",
        global = true
    )]
    pub socks_proxy: Option<String>,

    /// Subject prefix for access to JetStream API
    #[arg(long = "js-api-prefix", value_name = "PREFIX", global = true)]
    pub js_api_prefix: Option<String>,

    /// Subject prefix for access to JetStream Advisories
    #[arg(long = "js-event-prefix", value_name = "PREFIX", global = true)]
    pub js_event_prefix: Option<String>,

    /// JetStream domain to access
    #[arg(
        long = "js-domain",
        alias = "domain",
        value_name = "DOMAIN",
        global = true
    )]
    pub js_domain: Option<String>,

    /// Custom inbox prefix to use for inboxes
    #[arg(long = "inbox-prefix", value_name = "PREFIX", global = true)]
    pub inbox_prefix: Option<String>,

    /// Sets a color scheme to use
    #[arg(long, env = "NATS_COLOR", hide_env_values = true, value_name = "SCHEME", global = true,
          value_parser = clap::builder::PossibleValuesParser::new(COLOR_SCHEMES))]
    pub colors: Option<String>,

    /// Configuration context
    #[arg(
        long,
        env = "NATS_CONTEXT",
        hide_env_values = true,
        value_name = "NAME",
        global = true
    )]
    pub context: Option<String>,

    /// Trace API interactions
    #[arg(long, global = true)]
    pub trace: bool,

    /// Disable the selected context
    #[arg(long = "no-context", global = true)]
    pub no_context: bool,
}

/// natscli's default `--connection-name`.
pub fn default_connection_name() -> String {
    format!("NATS CLI Version {}", env!("CARGO_PKG_VERSION"))
}

/// fisk's `ExistingFileVar`: the path must exist and be a file.
fn existing_file(s: &str) -> Result<PathBuf, String> {
    let p = PathBuf::from(s);
    match std::fs::metadata(&p) {
        Ok(m) if m.is_dir() => Err(format!("'{s}' is a directory")),
        Ok(_) => Ok(p),
        Err(_) => Err(format!("path '{s}' does not exist")),
    }
}

/// Environment variables that override a context's stored values (natscli's
/// `overrideEnvVars`); `context info` warns when any is set.
pub const OVERRIDE_ENV_VARS: &[&str] = &[
    "NATS_URL",
    "NATS_USER",
    "NATS_PASSWORD",
    "NATS_CREDS",
    "NATS_NKEY",
    "NATS_CERT",
    "NATS_KEY",
    "NATS_CA",
    "NATS_TIMEOUT",
    "NATS_SOCKS_PROXY",
    "NATS_COLOR",
];

/// The override variables set in this environment.
pub fn active_overrides() -> Vec<&'static str> {
    OVERRIDE_ENV_VARS
        .iter()
        .copied()
        .filter(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
        .collect()
}

/// Where the effective settings came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextOrigin {
    /// No context (none selected, or `--no-context`).
    None,
    /// A named context from the store.
    Named(String),
    /// A `.json` file given to `--context`.
    File(PathBuf),
}

impl GlobalOpts {
    /// natscli's `WithXxx` options: each non-empty flag value replaces the context's.
    pub fn apply_to(&self, s: &mut Settings) {
        fn set(field: &mut String, v: &Option<String>) {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                *field = v.to_string();
            }
        }
        fn set_path(field: &mut String, v: &Option<PathBuf>) {
            if let Some(v) = v {
                *field = v.to_string_lossy().into_owned();
            }
        }
        set(&mut s.url, &self.server);
        set(&mut s.creds, &self.creds);
        set(&mut s.nkey, &self.nkey);
        set(&mut s.user_jwt, &self.jwt);
        set(&mut s.user_seed, &self.seed);
        set_path(&mut s.cert, &self.tlscert);
        set_path(&mut s.key, &self.tlskey);
        set_path(&mut s.ca, &self.tlsca);
        set(&mut s.socks_proxy, &self.socks_proxy);
        set(&mut s.jetstream_event_prefix, &self.js_event_prefix);
        set(&mut s.jetstream_api_prefix, &self.js_api_prefix);
        set(&mut s.jetstream_domain, &self.js_domain);
        set(&mut s.inbox_prefix, &self.inbox_prefix);
        set(&mut s.color_scheme, &self.colors);
        if self.tlsfirst {
            s.tls_first = true;
        }
        set(&mut s.token, &self.token);
        let user = self.user.as_deref().unwrap_or_default();
        let password = self.password.as_deref().unwrap_or_default();
        if !user.is_empty() && password.is_empty() {
            // natscli: `--user` without a password is a token.
            s.token = user.to_string();
        } else {
            set(&mut s.user, &self.user);
            set(&mut s.password, &self.password);
        }
    }

    /// Loads the context this invocation uses and applies the flags on top (natscli's
    /// `loadContext`).
    pub fn effective(&self, store: &Store) -> Result<(Settings, ContextOrigin), ContextError> {
        let named = self.context.as_deref().filter(|c| !c.is_empty());
        let (mut settings, origin) = if self.no_context {
            (Settings::default(), ContextOrigin::None)
        } else if let Some(path) = named
            .filter(|c| c.ends_with(".json"))
            .map(PathBuf::from)
            .filter(|p| p.is_file())
        {
            let data = std::fs::read(&path).map_err(|source| ContextError::Io {
                path: path.clone(),
                source,
            })?;
            let mut s = Settings::from_json(&path.to_string_lossy(), &data)?;
            s.expand_paths();
            (s, ContextOrigin::File(path))
        } else {
            match named.map(str::to_string).or_else(|| store.selected()) {
                Some(name) => (store.load(&name)?, ContextOrigin::Named(name)),
                None => (Settings::default(), ContextOrigin::None),
            }
        };
        self.apply_to(&mut settings);
        Ok((settings, origin))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> GlobalOpts {
        GlobalOpts {
            connection_name: default_connection_name(),
            timeout: Duration::from_secs(5),
            ..GlobalOpts::default()
        }
    }

    #[test]
    fn flags_override_context_values() {
        let mut s = Settings {
            url: "nats://ctx:4222".into(),
            user: "ctxuser".into(),
            password: "ctxpass".into(),
            ..Settings::default()
        };
        let o = GlobalOpts {
            server: Some("nats://flag:4222".into()),
            inbox_prefix: Some("_MY".into()),
            ..opts()
        };
        o.apply_to(&mut s);
        assert_eq!(s.url, "nats://flag:4222");
        assert_eq!(s.user, "ctxuser");
        assert_eq!(s.inbox_prefix, "_MY");
    }

    #[test]
    fn user_without_password_is_a_token() {
        let mut s = Settings::default();
        GlobalOpts {
            user: Some("t0ken".into()),
            ..opts()
        }
        .apply_to(&mut s);
        assert_eq!(s.token, "t0ken");
        assert_eq!(s.user, "");
        let mut s = Settings::default();
        GlobalOpts {
            user: Some("u".into()),
            password: Some("p".into()),
            ..opts()
        }
        .apply_to(&mut s);
        assert_eq!((s.user.as_str(), s.password.as_str()), ("u", "p"));
    }

    #[test]
    fn context_selection() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path());
        let (s, origin) = opts().effective(&store).expect("no context");
        assert_eq!(origin, ContextOrigin::None);
        assert_eq!(s.server_url(), rnats_proto::kit::context::DEFAULT_URL);

        store
            .save(
                "a",
                &Settings {
                    url: "nats://a:1".into(),
                    ..Settings::default()
                },
            )
            .expect("save");
        store
            .save(
                "b",
                &Settings {
                    url: "nats://b:2".into(),
                    ..Settings::default()
                },
            )
            .expect("save");
        store.select("a").expect("select");
        let (s, origin) = opts().effective(&store).expect("selected");
        assert_eq!(
            (s.url.as_str(), origin),
            ("nats://a:1", ContextOrigin::Named("a".into()))
        );

        let o = GlobalOpts {
            context: Some("b".into()),
            ..opts()
        };
        assert_eq!(o.effective(&store).expect("named").0.url, "nats://b:2");

        let o = GlobalOpts {
            no_context: true,
            ..opts()
        };
        assert_eq!(o.effective(&store).expect("none").1, ContextOrigin::None);

        let o = GlobalOpts {
            context: Some(store.path("b").to_string_lossy().into_owned()),
            ..opts()
        };
        let (s, origin) = o.effective(&store).expect("file");
        assert_eq!(s.url, "nats://b:2");
        assert!(matches!(origin, ContextOrigin::File(_)));

        let o = GlobalOpts {
            context: Some("missing".into()),
            ..opts()
        };
        assert!(matches!(
            o.effective(&store),
            Err(ContextError::NotFound(_))
        ));
    }
}
