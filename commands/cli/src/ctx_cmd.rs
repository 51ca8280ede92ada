//! `nats context` (alias `ctx`): natscli's context management subcommands.
//!
//! `add`/`create`/`save`, `copy`/`cp`, `edit`/`vi`, `ls`/`list`/`l`, `rm`/`remove`,
//! `select`/`switch`/`set`, `unselect`, `info`/`show`/`v`/`view`, `validate` and
//! `previous`/`-`, with natscli's flags and messages. The files themselves are handled by
//! `context.rs`; connection checks (`--connect`) by `connect.rs`.

use crate::kit::output::{self, split_command};
use crate::options::{self, GlobalOpts};
use anyhow::{bail, Context as _};
use clap::{Args, Subcommand};
use rnats_proto::kit::context::{self, CredentialSource, Settings, Store};
use std::io::{BufRead as _, Write};
use std::process::ExitCode;

/// Manage nats configuration contexts
#[derive(Debug, Args)]
pub struct ContextArgs {
    #[command(subcommand)]
    command: CtxCommand,
}

/// The `context` subcommands.
#[derive(Debug, Subcommand)]
enum CtxCommand {
    /// Update or create a context
    ///
    /// All global connection flags given are saved into the context.
    #[command(visible_aliases = ["create", "save"])]
    Add(SaveArgs),

    /// Copies an existing context
    #[command(visible_alias = "cp")]
    Copy {
        /// The name of the context to copy from
        source: String,
        #[command(flatten)]
        save: SaveArgs,
    },

    /// Edit a context in your EDITOR
    ///
    /// The context's JSON file is opened in $EDITOR; the result is validated before it is
    /// saved.
    #[command(visible_alias = "vi")]
    Edit {
        /// The context name to edit
        name: String,
    },

    /// List known contexts
    #[command(visible_aliases = ["list", "l"])]
    Ls {
        /// Format the list for use by shell completion
        #[arg(long, hide = true)]
        completion: bool,
        /// Show the list in JSON format
        #[arg(short = 'j', long)]
        json: bool,
        /// List just the names of known contexts
        #[arg(long)]
        names: bool,
    },

    /// Remove a context
    #[command(visible_alias = "remove")]
    Rm {
        /// The context name to remove
        name: String,
        /// Force remove without prompting
        #[arg(short = 'f', long)]
        force: bool,
    },

    /// Select the default context
    #[command(visible_aliases = ["switch", "set"])]
    Select {
        /// The context name to select
        name: Option<String>,
    },

    /// Ensures that no context is the default context
    Unselect,

    /// Display information on the current or named context
    #[command(visible_aliases = ["show", "v", "view"])]
    Info {
        /// The context name to show
        name: Option<String>,
        /// Show the context in JSON format
        #[arg(short = 'j', long)]
        json: bool,
        /// Attempts to connect to NATS using the context while validating
        #[arg(long)]
        connect: bool,
    },

    /// Validate one or all contexts
    Validate {
        /// Validate a specific context, validates all when not supplied
        name: Option<String>,
        /// Attempts to connect to NATS using the context while validating
        #[arg(long)]
        connect: bool,
    },

    /// Switch to the previous context
    #[command(visible_alias = "-")]
    Previous,
}

/// Flags of `add` and `copy`.
#[derive(Debug, Args)]
struct SaveArgs {
    /// The context name to act on
    name: String,
    /// Set a friendly description for this context
    #[arg(long)]
    description: Option<String>,
    /// Select the saved context as the default one
    #[arg(long)]
    select: bool,
    /// Embeds credential content in the body of the context
    #[arg(long)]
    embed: bool,
}

/// Runs a `context` subcommand.
pub fn run(global: &GlobalOpts, args: ContextArgs) -> anyhow::Result<ExitCode> {
    let store = Store::from_env()?;
    let mut out = std::io::stdout().lock();
    let mut cmd = CtxRun {
        store,
        global,
        validate_errors: 0,
    };
    match args.command {
        CtxCommand::Add(save) => cmd.add(&mut out, None, save)?,
        CtxCommand::Copy { source, save } => cmd.add(&mut out, Some(source), save)?,
        CtxCommand::Edit { name } => cmd.edit(&mut out, &name)?,
        CtxCommand::Ls {
            completion,
            json,
            names,
        } => cmd.list(&mut out, completion, json, names)?,
        CtxCommand::Rm { name, force } => cmd.remove(&mut out, &name, force)?,
        CtxCommand::Select { name } => cmd.select(&mut out, name)?,
        CtxCommand::Unselect => cmd.unselect(&mut out)?,
        CtxCommand::Info {
            name,
            json,
            connect,
        } => cmd.show(&mut out, name, json, connect)?,
        CtxCommand::Validate { name, connect } => cmd.validate(&mut out, name, connect)?,
        CtxCommand::Previous => cmd.previous(&mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

struct CtxRun<'a> {
    store: Store,
    global: &'a GlobalOpts,
    validate_errors: usize,
}

impl CtxRun<'_> {
    /// `add NAME` / `copy SOURCE NAME`: load the existing (or source) context, apply the
    /// global flags, save, then select or show it.
    fn add(
        &mut self,
        out: &mut impl Write,
        source: Option<String>,
        save: SaveArgs,
    ) -> anyhow::Result<()> {
        if let Some(src) = &source {
            if !self.store.known(src) {
                bail!("unknown context {src:?}");
            }
            if self.store.known(&save.name) {
                bail!("context {:?} already exist", save.name);
            }
        }
        let base = match (&source, self.global.context.as_deref()) {
            (Some(src), _) => Some(src.clone()),
            (None, _) if self.store.known(&save.name) => Some(save.name.clone()),
            (None, Some(ctx)) if !ctx.is_empty() => Some(ctx.to_string()),
            _ => None,
        };
        let mut settings = match base {
            Some(b) => self.store.load_raw(&b)?,
            None => Settings::default(),
        };
        self.global.apply_to(&mut settings);
        if let Some(d) = save.description.filter(|d| !d.is_empty()) {
            settings.description = d;
        }
        if settings.url.is_empty() && settings.nsc.is_empty() {
            settings.url = context::DEFAULT_URL.to_string();
        }
        if save.embed {
            embed_credentials(&mut settings)?;
        }
        self.store.save(&save.name, &settings)?;
        if save.select {
            return self.select(out, Some(save.name));
        }
        self.show(out, Some(save.name), false, false)
    }

    /// `edit NAME`: the JSON in $EDITOR, validated and saved through the store.
    fn edit(&mut self, out: &mut impl Write, name: &str) -> anyhow::Result<()> {
        if !self.store.known(name) {
            bail!("unknown context {name:?}");
        }
        let current = self.store.load_raw(name)?;
        let editor = std::env::var("EDITOR").unwrap_or_default();
        if editor.trim().is_empty() {
            bail!("set EDITOR environment variable to your chosen editor");
        }
        let words = split_command(&editor)
            .ok_or_else(|| anyhow::anyhow!("could not parse EDITOR: {editor}"))?;
        let (program, args) = words
            .split_first()
            .ok_or_else(|| anyhow::anyhow!("could not parse EDITOR: {editor}"))?;
        let dir = tempfile_dir()?;
        let file = dir.join(format!("{name}.json"));
        std::fs::write(&file, current.to_go_json()).with_context(|| {
            format!(
                "could not create temporary copy to edit: {}",
                file.display()
            )
        })?;
        let status = std::process::Command::new(program)
            .args(args)
            .arg(&file)
            .status();
        let result = (|| -> anyhow::Result<Settings> {
            let status =
                status.with_context(|| format!("could not edit file {}", file.display()))?;
            if !status.success() {
                bail!("could not edit file {}: {status}", file.display());
            }
            let data = std::fs::read(&file).context("could not read temporary copy")?;
            Ok(Settings::from_json(name, &data)?)
        })();
        let _ = std::fs::remove_dir_all(&dir);
        let edited = result?;
        self.store.save(name, &edited)?;
        self.show(out, Some(name.to_string()), false, false)
    }

    fn list(
        &mut self,
        out: &mut impl Write,
        completion: bool,
        json: bool,
        names_only: bool,
    ) -> anyhow::Result<()> {
        let current = self.store.selected();
        let mut known: Vec<(String, Settings)> = Vec::new();
        for name in self.store.list() {
            match self.store.load(&name) {
                Ok(s) => known.push((name, s)),
                Err(e) if !completion => {
                    output::log(&format!("Could not load context {name}: {e}"));
                }
                Err(_) => {}
            }
        }
        if completion {
            for (name, s) in &known {
                let mut n = name.replace(':', "\\:");
                if Some(name) == current.as_ref() {
                    n.push('*');
                }
                writeln!(out, "{n}:{}", s.description)?;
            }
        } else if json {
            if known.is_empty() {
                // Go marshals the nil slice natscli collects into as `null`.
                writeln!(out, "null")?;
            } else {
                let list: Vec<Settings> = known
                    .into_iter()
                    .map(|(name, s)| with_name(name, s))
                    .collect();
                writeln!(out, "{}", crate::kit::output::go_pretty_json(&list))?;
            }
        } else if names_only {
            for (name, _) in &known {
                writeln!(out, "{name}")?;
            }
        } else if known.is_empty() {
            writeln!(out, "No known contexts")?;
        } else {
            let rows: Vec<Vec<String>> = known
                .iter()
                .map(|(name, s)| {
                    let mut n = name.clone();
                    if Some(name) == current.as_ref() {
                        n.push('*');
                    }
                    vec![n, s.description.clone()]
                })
                .collect();
            let scheme = self.global.colors.clone().unwrap_or_default();
            let table = output::table("Known Contexts", &["Name", "Description"], &rows, &scheme);
            writeln!(out, "{table}")?;
        }
        Ok(())
    }

    fn remove(&mut self, out: &mut impl Write, name: &str, force: bool) -> anyhow::Result<()> {
        if self.store.selected().as_deref() == Some(name) {
            if !force {
                bail!("cannot remove the selected context, select another one or use the unselect command");
            }
            self.store.set_selected(None)?;
        }
        if !force && !confirm(out, &format!("Really delete context {name:?}"))? {
            return Ok(());
        }
        self.store.delete(name)?;
        Ok(())
    }

    fn select(&mut self, out: &mut impl Write, name: Option<String>) -> anyhow::Result<()> {
        if self.store.list().is_empty() {
            bail!("no context defined");
        }
        let Some(name) = name.filter(|n| !n.is_empty()) else {
            bail!("please select a context to activate (rnats has no interactive picker: give its name)");
        };
        self.store.select(&name)?;
        self.show(out, Some(name), false, false)
    }

    fn unselect(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        match self.store.selected() {
            None => writeln!(out, "No context currently selected")?,
            Some(current) => {
                self.store.set_selected(None)?;
                writeln!(out, "Unselected the {current:?} context")?;
            }
        }
        Ok(())
    }

    fn previous(&mut self, out: &mut impl Write) -> anyhow::Result<()> {
        if let Some(prev) = self.store.previous() {
            self.store.select(&prev)?;
        }
        self.show(out, None, false, false)
    }

    fn validate(
        &mut self,
        out: &mut impl Write,
        name: Option<String>,
        connect: bool,
    ) -> anyhow::Result<()> {
        let names = match name {
            Some(n) => vec![n],
            None => self.store.list(),
        };
        for name in names {
            if let Err(e) = self.show(out, Some(name.clone()), false, connect) {
                if output::is_broken_pipe(&e) {
                    return Err(e);
                }
                writeln!(out, "Could not load {name}: {e:#}\n")?;
            }
            writeln!(out)?;
        }
        if self.validate_errors > 0 {
            bail!("validation failed");
        }
        Ok(())
    }

    /// `info`: natscli's column view of one context (or its JSON).
    fn show(
        &mut self,
        out: &mut impl Write,
        name: Option<String>,
        json: bool,
        connect: bool,
    ) -> anyhow::Result<()> {
        let Some(name) = name
            .filter(|n| !n.is_empty())
            .or_else(|| self.store.selected())
        else {
            bail!("no default context and no name supplied");
        };
        let mut cfg = self.store.load(&name)?;
        if cfg.url.is_empty() && cfg.nsc.is_empty() {
            cfg.url = context::DEFAULT_URL.to_string();
        }
        if json {
            writeln!(
                out,
                "{}",
                crate::kit::output::go_pretty_json(&with_name(name, cfg))
            )?;
            return Ok(());
        }

        let mut rows: Vec<(&str, String)> = Vec::new();
        let mut add = |label: &'static str, value: String| {
            if !value.is_empty() {
                rows.push((label, value));
            }
        };
        add("Description", cfg.description.clone());
        add("Server URLs", cfg.server_url().to_string());
        add("SOCKS5 Proxy", cfg.socks_proxy.clone());
        add("Username", cfg.user.clone());
        add("Password", "*".repeat(cfg.password.len()));
        add("Token", cfg.token.clone());
        for (label, value) in [
            ("Credentials", &cfg.creds),
            ("User JWT", &cfg.user_jwt),
            ("User Seed", &cfg.user_seed),
            ("NKey", &cfg.nkey),
        ] {
            if value.starts_with("data:;base64,") {
                add(label, "embedded data".to_string());
            } else if !value.is_empty() {
                let status = self.check_file(value);
                add(label, format!("{value} ({status})"));
            }
        }
        if cfg.windows_cert_store.is_empty() {
            for (label, value) in [("Certificate", &cfg.cert), ("Key", &cfg.key)] {
                if !value.is_empty() {
                    let status = self.check_file(value);
                    add(label, format!("{value} ({status})"));
                }
            }
        } else {
            cert_store_rows(&mut rows, &cfg);
        }
        let mut add = |label: &'static str, value: String| {
            if !value.is_empty() {
                rows.push((label, value));
            }
        };
        if !cfg.ca.is_empty() {
            let status = self.check_file(&cfg.ca);
            add("CA", format!("{} ({status})", cfg.ca));
        }
        if cfg.tls_first {
            add("TLS First", "true".to_string());
        }
        add("JS API Prefix", cfg.jetstream_api_prefix.clone());
        add("JS Event Prefix", cfg.jetstream_event_prefix.clone());
        add("JS Domain", cfg.jetstream_domain.clone());
        add("Inbox Prefix", cfg.inbox_prefix.clone());
        add(
            "Path",
            self.store.path(&name).to_string_lossy().into_owned(),
        );
        add("Color Scheme", cfg.color_scheme.clone());
        if connect {
            let result = crate::kit::connect::check(&cfg, self.global);
            match result {
                Ok(()) => rows.push(("Connection", "OK".to_string())),
                Err(e) => {
                    self.validate_errors += 1;
                    rows.push(("Connection", format!("{e:#}")));
                }
            }
        }

        writeln!(out, "NATS Configuration Context {name:?}")?;
        writeln!(out)?;
        let longest = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in &rows {
            let pad = longest + 2 - label.chars().count();
            writeln!(out, "{}{label}: {value}", " ".repeat(pad))?;
        }
        writeln!(out)?;
        let overrides = options::active_overrides();
        if !overrides.is_empty() {
            writeln!(
                out,
                "WARNING: Shell environment overrides in place using {}",
                overrides.join(", ")
            )?;
        }
        Ok(())
    }

    /// natscli's `checkFile`: where a credential comes from, or whether its file is readable.
    fn check_file(&mut self, value: &str) -> &'static str {
        if value.starts_with("op://") {
            return "1Password";
        }
        if value.starts_with("nsc://") {
            return "nsc";
        }
        if value.starts_with("env://") {
            return "runtime environment";
        }
        match CredentialSource::parse(value) {
            Ok(CredentialSource::File(p)) if std::fs::File::open(&p).is_ok() => "OK",
            _ => {
                self.validate_errors += 1;
                "ERROR"
            }
        }
    }
}

/// Windows certificate store rows, shown whenever a store is configured.
fn cert_store_rows(rows: &mut Vec<(&str, String)>, cfg: &Settings) {
    rows.push(("Certificate Store", cfg.windows_cert_store.clone()));
    rows.push(("Certificate Store Match", cfg.windows_cert_match.clone()));
    rows.push((
        "Certificate Store Match By",
        cfg.windows_cert_match_by.clone(),
    ));
    rows.push((
        "Certificate Store CA Match",
        format!(
            "[{}]",
            cfg.windows_ca_certs_match
                .clone()
                .unwrap_or_default()
                .join(" ")
        ),
    ));
}

fn with_name(name: String, mut s: Settings) -> Settings {
    s.name = Some(name);
    s
}

/// `--embed`: credential files (bare paths or `file://`) become `data:;base64,...` values.
fn embed_credentials(s: &mut Settings) -> anyhow::Result<()> {
    for field in [&mut s.creds, &mut s.nkey, &mut s.user_jwt, &mut s.user_seed] {
        if field.is_empty() {
            continue;
        }
        if let Ok(CredentialSource::File(path)) = CredentialSource::parse(field) {
            let data = std::fs::read(&path)
                .with_context(|| format!("could not embed {}", path.display()))?;
            *field = format!("data:;base64,{}", data_encoding::BASE64.encode(&data));
        }
    }
    Ok(())
}

/// survey's confirm prompt: `? Really delete context "x" (y/N)`; anything but y/yes is no.
fn confirm(out: &mut impl Write, question: &str) -> anyhow::Result<bool> {
    write!(out, "? {question} (y/N) ")?;
    out.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let answer = line.trim().to_ascii_lowercase();
    Ok(answer == "y" || answer == "yes")
}

/// A private temporary directory for `edit`.
fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "rnats-ctx-edit-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}
