//! `nats cheat [LABEL]` (hidden, as in natscli): the cheat sheets natscli ships, in the
//! format of the `cheat` tool.
//!
//! fisk's cheat command: a label prints that sheet, no label (or an unknown one) or `--list`
//! lists the labels, `--save DIR` writes every sheet to `DIR/<label>` with a `tags: [nats]`
//! front matter. The sheets are natscli's `cli/cheats/*.md`, embedded (`data/cheats`).

use clap::Args;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// The sheets: (label, text), sorted by label.
const CHEATS: &[(&str, &str)] = &[
    ("account", include_str!("../data/cheats/account.md")),
    ("auth", include_str!("../data/cheats/auth.md")),
    ("bench", include_str!("../data/cheats/bench.md")),
    ("consumer", include_str!("../data/cheats/consumer.md")),
    ("context", include_str!("../data/cheats/context.md")),
    ("errors", include_str!("../data/cheats/errors.md")),
    ("events", include_str!("../data/cheats/events.md")),
    ("kv", include_str!("../data/cheats/kv.md")),
    ("latency", include_str!("../data/cheats/latency.md")),
    ("object", include_str!("../data/cheats/object.md")),
    ("publish", include_str!("../data/cheats/publish.md")),
    ("reply", include_str!("../data/cheats/reply.md")),
    ("schemas", include_str!("../data/cheats/schemas.md")),
    ("server", include_str!("../data/cheats/server.md")),
    ("stream", include_str!("../data/cheats/stream.md")),
    ("subscribe", include_str!("../data/cheats/subscribe.md")),
];

/// Shows cheats for nats
///
/// These cheats are compatible with the 'cheat' CLI tool and by saving the output using --save
/// these cheats become accessible within that application.
#[derive(Debug, Clone, Args)]
pub struct CheatArgs {
    /// The cheat to show
    pub label: Option<String>,

    /// List available cheats
    #[arg(long)]
    pub list: bool,

    /// Saves the cheats to the given directory
    #[arg(long, value_name = "DIRECTORY")]
    pub save: Option<PathBuf>,
}

/// Runs `nats cheat`.
pub fn run(args: CheatArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    if let Some(dir) = args.save {
        std::fs::create_dir_all(&dir)?;
        for (label, text) in CHEATS {
            let dest = dir.join(label);
            std::fs::write(&dest, format!("---\ntags: [nats]\n---\n\n{text}\n"))?;
            writeln!(out, "Saved cheat to {}", dest.display())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let found = args
        .label
        .as_deref()
        .filter(|_| !args.list)
        .and_then(|l| CHEATS.iter().find(|(k, _)| *k == l));
    match found {
        Some((_, text)) => writeln!(out, "{text}")?,
        None => {
            writeln!(out, "Available Cheats:\n")?;
            for (label, _) in CHEATS {
                writeln!(out, "    {label}")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
